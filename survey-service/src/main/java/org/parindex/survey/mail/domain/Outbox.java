package org.parindex.survey.mail.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The outbox and its batches, stored. */
public interface Outbox {

    void add(OutboxMail mail);

    void addBatch(MailBatch batch);

    Optional<MailBatch> batch(long campaignId, long batchId);

    Optional<OutboxMail> find(long id);

    /**
     * Leases to {@code owner} until {@code until} at most {@code limit} mails due at {@code now} and not leased,
     * oldest first, and returns those it got. The lease is taken by one conditional update (still QUEUED, lease
     * still free, version moved on), so a mail another instance claimed in between is not returned.
     */
    List<OutboxMail> claimDue(LocalDateTime now, int limit, String owner, LocalDateTime until);

    /** Mails of a campaign, newest first; conditions that are {@code null} do not apply. */
    List<OutboxMail> list(long campaignId, MailStatus status, Long batchId, int offset, int limit);

    long count(long campaignId, MailStatus status, Long batchId);

    /** Number of mails per status, of a campaign or of one batch of it ({@code batchId} null: all). */
    Map<MailStatus, Long> countByStatus(long campaignId, Long batchId);

    /** Number of QUEUED mails that failed at least once, of a campaign or one batch of it. */
    long countRetrying(long campaignId, Long batchId);

    /** Respondents of the campaign with a mail still QUEUED. */
    Set<Long> pendingRespondents(long campaignId);

    /**
     * The QUEUED mails of a respondent, each locked until the transaction ends (so that no sender claims it
     * meanwhile, and a change to it cannot fail on its version).
     */
    List<OutboxMail> lockQueuedFor(long respondentId);

    /**
     * Cancels the respondent's mails that are still to be sent ({@link OutboxMail#cancel}): their link was revoked
     * or reissued, or they answered. Returns how many were cancelled.
     */
    default int cancelQueued(long respondentId, LocalDateTime now) {
        int cancelled = 0;
        for (OutboxMail mail : lockQueuedFor(respondentId)) {
            if (mail.cancel(now)) {
                cancelled++;
            }
        }
        return cancelled;
    }

    /** The FAILED mails of a campaign. */
    List<OutboxMail> failed(long campaignId);
}
