package org.parindex.survey.questionnaire.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who has submitted their questionnaire, and when; never what. */
public interface Submissions {

    /** Stores a submission; a second one for the same respondent fails (submit once). */
    void add(Submission submission);

    Optional<Submission> find(long respondentId);

    /** Every submission of the campaign, oldest first. */
    List<Submission> ofCampaign(long campaignId);

    long count(long campaignId);

    /** Number of submissions per respondent group code. */
    Map<String, Long> countByGroup(long campaignId);
}
