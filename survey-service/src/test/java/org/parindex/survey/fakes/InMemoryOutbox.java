package org.parindex.survey.fakes;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parindex.survey.mail.domain.MailBatch;
import org.parindex.survey.mail.domain.MailStatus;
import org.parindex.survey.mail.domain.Outbox;
import org.parindex.survey.mail.domain.OutboxMail;

/** The outbox in lists, as {@code outbox_mail} and {@code mail_batch} keep it (ids given as they are added). */
public final class InMemoryOutbox implements Outbox {

    private final List<OutboxMail> mails = new ArrayList<>();
    private final List<MailBatch> batches = new ArrayList<>();

    @Override
    public void add(OutboxMail mail) {
        Entities.set(mail, "id", (long) mails.size() + 1);
        mails.add(mail);
    }

    @Override
    public void addBatch(MailBatch batch) {
        Entities.set(batch, "id", (long) batches.size() + 1);
        batches.add(batch);
    }

    @Override
    public Optional<MailBatch> batch(long campaignId, long batchId) {
        return batches.stream().filter(b -> b.campaignId() == campaignId && b.id() == batchId).findFirst();
    }

    @Override
    public Optional<OutboxMail> find(long id) {
        return mails.stream().filter(m -> m.id() == id).findFirst();
    }

    @Override
    public List<OutboxMail> claimDue(LocalDateTime now, int limit, String owner, LocalDateTime until) {
        List<OutboxMail> due = mails.stream().filter(m -> m.status() == MailStatus.QUEUED
                        && !m.nextAttemptAt().isAfter(now) && !heldAt(m, now))
                .sorted(Comparator.comparing(OutboxMail::nextAttemptAt).thenComparing(OutboxMail::id))
                .limit(limit).toList();
        due.forEach(m -> {
            Entities.set(m, "leaseOwner", owner);
            Entities.set(m, "leaseUntil", until);
        });
        return due;
    }

    private static boolean heldAt(OutboxMail m, LocalDateTime now) {
        LocalDateTime until = (LocalDateTime) Entities.get(m, "leaseUntil");
        return until != null && !until.isBefore(now);
    }

    @Override
    public List<OutboxMail> list(long campaignId, MailStatus status, Long batchId, int offset, int limit) {
        return of(campaignId, status, batchId).sorted(Comparator.comparing(OutboxMail::id).reversed())
                .skip(offset).limit(limit).toList();
    }

    @Override
    public long count(long campaignId, MailStatus status, Long batchId) {
        return of(campaignId, status, batchId).count();
    }

    @Override
    public Map<MailStatus, Long> countByStatus(long campaignId, Long batchId) {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        of(campaignId, null, batchId).forEach(m -> counts.merge(m.status(), 1L, Long::sum));
        return counts;
    }

    @Override
    public long countRetrying(long campaignId, Long batchId) {
        return of(campaignId, MailStatus.QUEUED, batchId).filter(m -> m.attempts() > 0).count();
    }

    @Override
    public Set<Long> pendingRespondents(long campaignId) {
        return of(campaignId, MailStatus.QUEUED, null).map(OutboxMail::respondentId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    @Override
    public List<OutboxMail> lockQueuedFor(long respondentId) {
        return mails.stream().filter(queued().and(m -> Objects.equals(m.respondentId(), respondentId))).toList();
    }

    @Override
    public List<OutboxMail> failed(long campaignId) {
        return of(campaignId, MailStatus.FAILED, null).toList();
    }

    /** Every mail, oldest first. */
    public List<OutboxMail> all() {
        return List.copyOf(mails);
    }

    private Stream<OutboxMail> of(long campaignId, MailStatus status, Long batchId) {
        return mails.stream().filter(m -> m.campaignId() == campaignId && (status == null || m.status() == status)
                && (batchId == null || m.batchId().filter(batchId::equals).isPresent()));
    }

    private static Predicate<OutboxMail> queued() {
        return m -> m.status() == MailStatus.QUEUED;
    }
}
