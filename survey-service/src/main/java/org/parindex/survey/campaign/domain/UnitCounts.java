package org.parindex.survey.campaign.domain;

import java.util.Map;

/**
 * The units registered in a campaign, counted, which its rules need (opening needs units of every rated level).
 * The campaign asks; the unit repository answers (it extends this), so that campaigns do not depend on units.
 */
public interface UnitCounts {

    /** Number of units per level code. */
    Map<String, Long> countByLevel(long campaignId);
}
