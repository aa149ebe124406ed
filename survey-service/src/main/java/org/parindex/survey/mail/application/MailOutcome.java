package org.parindex.survey.mail.application;

/**
 * A CDI event fired, inside the transaction that records it, when an outbox mail was sent or failed for good, so
 * that the capability that queued it can follow up (invitations mark the respondent FAILED or INVITED).
 *
 * @param campaignId   the campaign
 * @param respondentId the respondent it went to, or {@code null} for a mail to an account
 * @param purpose      what it was for, e.g. {@code INVITATION}
 * @param delivered    true when sent, false when failed for good
 */
public record MailOutcome(long campaignId, Long respondentId, String purpose, boolean delivered) {
}
