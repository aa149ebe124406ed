package org.parindex.survey.campaign.domain;

/**
 * Event: a draft campaign is being deleted (fired inside the deleting transaction, before the campaign row goes),
 * for the capabilities that keep rows of it: respondents are removed first, then units (observer priorities).
 *
 * @param campaignId the campaign
 */
public record CampaignDeleted(long campaignId) {

    /** Observer priority of the respondents, which refer to units and groups. */
    public static final int RESPONDENTS_FIRST = jakarta.interceptor.Interceptor.Priority.APPLICATION;
    /** Observer priority of the units, removed after the respondents. */
    public static final int THEN_UNITS = RESPONDENTS_FIRST + 100;
}
