package org.parindex.survey.campaign.domain;

import java.util.Map;

/**
 * The respondents registered in a campaign, counted, which its quota report compares with the quotas. The campaign
 * asks; the respondent repository answers (it extends this), so that campaigns do not depend on respondents.
 */
public interface RespondentCounts {

    /** Number of respondents per group code. */
    Map<String, Long> countByGroup(long campaignId);

    /** Number of respondents per (group code, home unit code), for groups with unit quotas. */
    Map<String, Map<String, Long>> countByGroupAndUnit(long campaignId);

    /**
     * Number of respondents per (group code, home unit code, office code), for groups registered by office: group
     * code → {@code "UNIT OFFICE"} → count.
     */
    Map<String, Map<String, Long>> countByGroupUnitAndOffice(long campaignId);
}
