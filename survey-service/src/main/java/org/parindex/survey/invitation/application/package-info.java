/**
 * Use cases of invitations: inviting and reminding in bulk ({@link
 * org.parindex.survey.invitation.application.InvitationService}), the mail templates ({@link
 * org.parindex.survey.invitation.application.TemplateService}), and the respondent's side of a link for the
 * questionnaire ({@link org.parindex.survey.invitation.application.LinkService}: resolve a token or code to its
 * respondent and invitation, mark OPENED, IN_PROGRESS, SUBMITTED), with the throttle on lookups, the link key and the typed configuration.
 */
package org.parindex.survey.invitation.application;
