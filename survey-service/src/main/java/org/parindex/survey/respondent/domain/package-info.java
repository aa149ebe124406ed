/**
 * Respondents ({@link org.parindex.survey.respondent.domain.Respondent}): the people of a campaign's sample,
 * checked from requests and import rows ({@link org.parindex.survey.respondent.domain.RespondentDraft}). They are
 * kept apart from answers, which will never point back to them.
 */
package org.parindex.survey.respondent.domain;
