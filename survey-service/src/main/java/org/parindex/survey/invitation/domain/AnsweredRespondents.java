package org.parindex.survey.invitation.domain;

import java.util.Set;

/**
 * Who of a campaign has answered, online or on paper: nobody of them is invited or reminded again. A port that
 * the questionnaire's submissions implement, so that invitations need not know the questionnaire.
 */
public interface AnsweredRespondents {

    /** The ids of the respondents of {@code campaignId} with a submission. */
    Set<Long> answered(long campaignId);
}
