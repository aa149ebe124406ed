package org.parindex.survey.mail.rest;

import java.time.LocalDateTime;
import org.parindex.survey.mail.application.OutboxService.Progress;
import org.parindex.survey.mail.domain.OutboxMail;

/** The JSON shapes of the outbox API. */
public final class OutboxJson {

    private OutboxJson() {
    }

    /**
     * A mail of the outbox; its bodies are never shown (they hold the respondent's link).
     *
     * @param id            the mail's id
     * @param purpose       INVITATION or REMINDER
     * @param respondentId  the respondent, or null for a sign-in link to an account
     * @param recipient     the address
     * @param subject       the subject
     * @param status        QUEUED, SENT, FAILED or CANCELLED
     * @param attempts      tries so far
     * @param lastError     the reason of the last failed try (SMTP reply where there was one)
     * @param nextAttemptAt when it is tried next, while QUEUED
     * @param batchId       the batch that queued it
     * @param createdAt     when it was queued
     * @param sentAt        when it was sent
     */
    public record MailView(long id, String purpose, Long respondentId, String recipient, String subject,
                           String status, int attempts, String lastError, LocalDateTime nextAttemptAt, Long batchId,
                           LocalDateTime createdAt, LocalDateTime sentAt) {

        public static MailView of(OutboxMail m) {
            return new MailView(m.id(), m.purpose(), m.respondentId(), m.recipient(), m.subject(), m.status().name(),
                    m.attempts(), m.lastError().orElse(null),
                    m.status() == org.parindex.survey.mail.domain.MailStatus.QUEUED ? m.nextAttemptAt() : null,
                    m.batchId().orElse(null), m.createdAt(), m.sentAt().orElse(null));
        }
    }

    /**
     * How far a batch of mails has come.
     *
     * @param batchId   its id
     * @param purpose   INVITATION or REMINDER
     * @param group     the group it was for, {@code null} for every group
     * @param createdAt when it was queued
     * @param total     mails in it
     * @param queued    still waiting
     * @param retrying  of those, how many failed at least once
     * @param sent      sent
     * @param failed    failed for good
     * @param cancelled cancelled before sending (link revoked or reissued, or the respondent answered)
     * @param done      whether nothing is left to send
     * @param href      where to follow it
     */
    public record BatchView(long batchId, String purpose, String group, LocalDateTime createdAt, long total,
                            long queued, long retrying, long sent, long failed, long cancelled, boolean done,
                            String href) {

        public static BatchView of(Progress p) {
            return new BatchView(p.batch().id(), p.batch().purpose(), p.batch().groupCode().orElse(null),
                    p.batch().createdAt(), p.total(), p.queued(), p.retrying(), p.sent(), p.failed(), p.cancelled(),
                    p.done(), href(p.batch().campaignId(), p.batch().id()));
        }

        /** The address of a batch, relative to the context root. */
        public static String href(long campaignId, long batchId) {
            return "api/campaigns/" + campaignId + "/outbox/batches/" + batchId;
        }
    }
}
