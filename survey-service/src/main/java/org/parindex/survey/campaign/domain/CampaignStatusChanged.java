package org.parindex.survey.campaign.domain;

/**
 * Event: a campaign moved to another status (fired inside the transaction that moves it), for the parts of the
 * service that act on it without the campaign knowing them (drafts purged and answers mixed when the survey closes).
 *
 * @param campaignId the campaign
 * @param status     its new status
 */
public record CampaignStatusChanged(long campaignId, CampaignStatus status) {
}
