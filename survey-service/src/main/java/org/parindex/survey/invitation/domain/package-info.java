/**
 * Invitations of respondents: the link each respondent holds ({@link
 * org.parindex.survey.invitation.domain.Invitation}, with the token, short code and hashing rules of {@link
 * org.parindex.survey.invitation.domain.LinkSecret}), revoked links, the status of each respondent, the mail
 * templates with their placeholders and Vietnamese defaults, and the reminder policy. No container needed: rules
 * here are tested with plain JUnit.
 */
package org.parindex.survey.invitation.domain;
