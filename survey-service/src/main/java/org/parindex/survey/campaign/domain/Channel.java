package org.parindex.survey.campaign.domain;

/**
 * How a respondent answers (hình thức trả lời). It lives beside {@link CampaignStatus}, which says through which
 * channels a campaign takes answers ({@link CampaignStatus#takesAnswers(Channel)}).
 */
public enum Channel {
    /** Through the respondent's link (trực tuyến). */
    ONLINE,
    /** On paper, entered by the secretariat (trực tiếp). */
    PAPER
}
