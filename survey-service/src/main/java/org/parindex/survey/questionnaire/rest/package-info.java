/**
 * The respondent's questionnaire on the web: the page at {@code /q/<token>} with its assets ({@link
 * org.parindex.survey.questionnaire.rest.QuestionnairePage}, files under {@code src/main/webapp/q}), and the small
 * JSON API it talks to under {@code /q/api/<token>} ({@link
 * org.parindex.survey.questionnaire.rest.QuestionnaireApplication}), which is not part of the secretariat's
 * {@code /api}: the link is the respondent's only credential. The secretariat's counts of responses are its own
 * (the dashboard's {@code ResponseResource}).
 */
package org.parindex.survey.questionnaire.rest;
