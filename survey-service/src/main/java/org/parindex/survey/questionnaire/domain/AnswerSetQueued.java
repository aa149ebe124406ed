package org.parindex.survey.questionnaire.domain;

/**
 * Event: a submitted questionnaire's answers wait for the mixer in a group (fired inside the submission's
 * transaction; the mixer looks once it has committed).
 *
 * @param campaignId the campaign
 * @param group      the group code
 */
public record AnswerSetQueued(long campaignId, String group) {
}
