/**
 * A respondent's questionnaire and its answers: the {@link org.parindex.survey.questionnaire.domain.AnswerSheet}
 * (every form of the respondent's group with its questions, options and the units the respondent rates), the
 * rules an answer set must follow, the draft kept while a person answers ({@link
 * org.parindex.survey.questionnaire.domain.Draft}, linked to the respondent), and, once submitted, the anonymous
 * answers ({@link org.parindex.survey.questionnaire.domain.SurveyAnswer}: campaign, group, form, question,
 * criterion, rated unit, option; never the respondent) beside the respondent's {@link
 * org.parindex.survey.questionnaire.domain.Submission} (who, when, how; never what).
 */
package org.parindex.survey.questionnaire.domain;
