package org.parindex.survey.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.parindex.survey.mail.domain.MailStatus;
import org.parindex.survey.mail.domain.Outbox;
import org.parindex.survey.mail.domain.OutboxMail;

/**
 * The worker's side of the outbox, each step in a short transaction of its own: claim due mails, record that one
 * was sent or failed, give back the rest. Nothing is sent inside a transaction.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class OutboxStore {

    private Outbox outbox;
    private MailConfig config;
    private Event<MailOutcome> outcomes;
    private Clock clock;
    private Logger log;

    OutboxStore() {
        // for the CDI proxy
    }

    @Inject
    public OutboxStore(Outbox outbox, MailConfig config, Event<MailOutcome> outcomes, Clock clock, Logger log) {
        this.outbox = outbox;
        this.config = config;
        this.outcomes = outcomes;
        this.clock = clock;
        this.log = log;
    }

    /**
     * Leases up to {@code limit} due mails to {@code owner}. A mail another instance claimed first (its lease is
     * taken) is skipped, so no mail is leased twice.
     */
    public List<OutboxMail> claim(String owner, int limit) {
        LocalDateTime now = now();
        return outbox.claimDue(now, limit, owner, now.plus(config.lease()));
    }

    /** The mails were handed over: SENT, bodies dropped, in one transaction (one commit for the group). */
    public void delivered(List<Long> ids, String owner) {
        ids.forEach(id -> deliveredOne(id, owner));
    }

    private void deliveredOne(long id, String owner) {
        Optional<OutboxMail> found = outbox.find(id);
        if (found.isEmpty()) {
            return;
        }
        OutboxMail m = found.get();
        if (m.status() != MailStatus.QUEUED) {
            log.warning(() -> "Mail " + id + " was sent but is " + m.status() + " meanwhile");
            return;
        }
        if (!m.leasedBy(owner, now())) {
            log.warning(() -> "Mail " + id + " was sent after its lease ran out: another instance may send it too");
        }
        m.delivered(now());
        outcomes.fire(new MailOutcome(m.campaignId(), m.respondentId(), m.purpose(), true));
    }

    /** A try failed: back-off, or FAILED for good. */
    public void failed(long id, String owner, SendFailure failure) {
        outbox.find(id).filter(m -> m.leasedBy(owner, now())).ifPresent(m -> {
            m.attemptFailed(failure.reason(), failure.permanent(), now(), config.backoff(), config.maxAttempts());
            if (m.status() == MailStatus.FAILED) {
                log.warning(() -> "Mail " + id + " to " + m.recipient() + " failed for good: " + failure.reason());
                outcomes.fire(new MailOutcome(m.campaignId(), m.respondentId(), m.purpose(), false));
            }
        });
    }

    /** Gives back a claimed mail untried. */
    public void release(long id, String owner) {
        outbox.find(id).ifPresent(m -> m.releasedBy(owner));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
