package org.parindex.survey.campaign.domain;

import java.util.List;
import org.parindex.scoring.Unit;

/**
 * Event: a campaign was created from a sample plan (fired inside the creating transaction), with the units of the
 * plan's province to register in it (empty when none were asked for). The units capability registers them; the
 * campaign does not know it.
 *
 * @param campaignId the new campaign
 * @param planUnits  the units to register, as shipped with the plan
 */
public record CampaignCreated(long campaignId, List<Unit> planUnits) {

    public CampaignCreated {
        planUnits = List.copyOf(planUnits);
    }
}
