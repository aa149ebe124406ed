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

    /** Mails due at {@code now} and not leased, oldest first, at most {@code limit}. */
    List<OutboxMail> due(LocalDateTime now, int limit);

    /**
     * Takes the lease of one mail if nobody changed it since it was read at {@code version}: true when this caller
     * now holds it until {@code until}.
     */
    boolean claim(long id, long version, String owner, LocalDateTime until);

    /** Mails of a campaign, newest first; conditions that are {@code null} do not apply. */
    List<OutboxMail> list(long campaignId, MailStatus status, Long batchId, int offset, int limit);

    long count(long campaignId, MailStatus status, Long batchId);

    /** Number of mails per status, of a campaign or of one batch of it ({@code batchId} null: all). */
    Map<MailStatus, Long> countByStatus(long campaignId, Long batchId);

    /** Number of QUEUED mails that failed at least once, of a campaign or one batch of it. */
    long countRetrying(long campaignId, Long batchId);

    /** Respondents of the campaign with a mail still QUEUED. */
    Set<Long> pendingRespondents(long campaignId);

    /** The QUEUED mails of a respondent. */
    List<OutboxMail> queuedFor(long respondentId);

    /** The FAILED mails of a campaign. */
    List<OutboxMail> failed(long campaignId);
}
