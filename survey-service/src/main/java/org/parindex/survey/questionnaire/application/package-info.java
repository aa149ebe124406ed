/**
 * Use cases of the respondent's questionnaire: open it through the link ({@link
 * org.parindex.survey.questionnaire.application.RespondentQuestionnaire}), keep a draft as the person answers,
 * submit once and anonymously ({@link org.parindex.survey.questionnaire.application.QuestionnaireSubmissions},
 * which the secretariat's paper entry reuses with the channel PAPER), and the counts the secretariat may see
 * ({@link org.parindex.survey.questionnaire.application.ResponseCounts}). Forms and frameworks come from the
 * shipped files ({@link org.parindex.survey.shipped.ShippedData}); links are resolved
 * by the invitations capability ({@link org.parindex.survey.invitation.application.LinkService}), which hands back
 * the respondent; whether a campaign takes answers is
 * {@link org.parindex.survey.campaign.domain.CampaignStatus#takesAnswers}.
 */
package org.parindex.survey.questionnaire.application;
