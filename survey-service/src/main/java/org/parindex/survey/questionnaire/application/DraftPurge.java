package org.parindex.survey.questionnaire.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.parindex.survey.campaign.domain.CampaignStatus;
import org.parindex.survey.campaign.domain.CampaignStatusChanged;
import org.parindex.survey.questionnaire.domain.Drafts;

/**
 * Deletes every draft of a campaign when its survey closes, in the transaction that closes it: a draft is tied to
 * its respondent (their link resumes it), so answers never submitted are not kept past the survey.
 */
@ApplicationScoped
public class DraftPurge {

    private Drafts drafts;

    DraftPurge() {
        // for the CDI proxy
    }

    @Inject
    public DraftPurge(Drafts drafts) {
        this.drafts = drafts;
    }

    void onStatusChange(@Observes CampaignStatusChanged changed) {
        if (changed.status() != CampaignStatus.DRAFT && changed.status() != CampaignStatus.OPEN) {
            drafts.deleteAll(changed.campaignId());
        }
    }
}
