package org.parindex.survey.mail.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parindex.survey.mail.domain.OutboxMail;
import org.parindex.survey.platform.persistence.DatabaseMigration;

/**
 * Sends the outbox in the background: every {@code survey.mail.poll-interval} it claims at most {@link
 * MailConfig#mailsPerPoll()} due mails (so sending keeps to {@code survey.mail.rate-per-minute}), opens one SMTP
 * connection (or the outbox folder), sends them one by one and records each result in its own transaction.
 *
 * <p><b>What is guaranteed.</b> A mail is queued in the transaction that creates its link, so a link is never
 * issued without its mail nor the other way round. It is marked SENT only after the server accepted it, so a crash
 * or an SMTP outage loses nothing: an unsent mail stays QUEUED, and a mail whose sender died is claimable again when
 * its lease ({@code survey.mail.lease}) runs out. A claim is one update conditioned on the lease being free, so two
 * instances of a cluster never hold the same mail. A poll's mails go out over {@code survey.mail.smtp.connections}
 * connections at once, each connection a slice of them. Delivery is at least once, not exactly once: if the process dies in the
 * moment between the server's "250 OK" and the commit of SENT (at most {@link #GROUP_SIZE} mails or {@link
 * #GROUP_NANOS}: accepted mails are recorded in groups), those mails are sent again after the lease, with the same
 * Message-ID, which lets mail systems recognise them. A server that cannot be reached pauses the worker with the
 * same back-off as the mails.
 */
@ApplicationScoped
public class MailWorker {

    @Resource
    ManagedScheduledExecutorService executor;

    /** Threads of the extra SMTP connections (survey.mail.smtp.connections − 1), with the application's context. */
    @Resource
    ManagedThreadFactory threads;

    private MailConfig config;
    private OutboxStore store;
    private Clock clock;
    private Logger log;

    /** Most mails recorded SENT in one transaction, and the longest they wait for it. */
    static final int GROUP_SIZE = 50;
    static final long GROUP_NANOS = 200_000_000L;

    private final String owner = "worker-" + UUID.randomUUID();
    private volatile ScheduledFuture<?> schedule;
    private volatile ExecutorService senders;
    private volatile Instant pausedUntil = Instant.MIN;
    private final AtomicInteger connectFailures = new AtomicInteger();

    MailWorker() {
        // for the CDI proxy
    }

    @Inject
    public MailWorker(MailConfig config, OutboxStore store, Clock clock, Logger log) {
        this.config = config;
        this.store = store;
        this.clock = clock;
        this.log = log;
    }

    void onStart(@Observes @Priority(DatabaseMigration.PRIORITY + 500) @Initialized(ApplicationScoped.class)
                 Object event) {
        if (!config.workerEnabled()) {
            log.info("Mail worker disabled on this instance (survey.mail.worker.enabled=false)");
            return;
        }
        if (config.connections() > 1 && config.smtpHost().isPresent()) {
            // Not the scheduled executor: its thread waits for these tasks, which must not queue behind it.
            senders = Executors.newFixedThreadPool(config.connections() - 1, threads);
        }
        long every = config.pollInterval().toMillis();
        schedule = executor.scheduleWithFixedDelay(this::pollSafely, every, every, TimeUnit.MILLISECONDS);
        log.info(() -> "Mail worker " + owner + " sends " + config.smtpHost().map(h -> "through SMTP " + h + ":"
                + config.smtpPort()).orElse("to .eml files in " + config.outboxDir()) + ", at most "
                + config.ratePerMinute() + " per minute" + (senders == null ? "" : ", over " + config.connections()
                + " connections"));
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> s = schedule;
        if (s != null) {
            s.cancel(false);
        }
        ExecutorService e = senders;
        if (e != null) {
            e.shutdown();
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            // Keep the schedule alive; the mails stay QUEUED and are tried again.
            log.log(Level.SEVERE, "Mail worker poll failed", e);
        }
    }

    /**
     * One round: claim, send, record, and again at once while the claims come back full and the rate allows (a
     * claim of n mails may be followed no sooner than n minutes / rate after it started); otherwise the next round
     * is the schedule's. Returns the number of mails sent.
     */
    synchronized int poll() {
        int sent = 0;
        while (schedule == null || !schedule.isCancelled()) {
            if (clock.instant().isBefore(pausedUntil)) {
                return sent;
            }
            int limit = config.mailsPerPoll();
            long started = System.nanoTime();
            List<OutboxMail> claimed = store.claim(owner, limit);
            if (claimed.isEmpty()) {
                return sent;
            }
            sent += sendOverConnections(claimed);
            long earliestNext = started + claimed.size() * 60_000_000_000L / config.ratePerMinute();
            if (claimed.size() < limit || System.nanoTime() < earliestNext) {
                return sent;
            }
        }
        return sent;
    }

    /**
     * Splits the claimed mails over {@link MailConfig#connections()} SMTP connections sending at once (one slice on
     * this thread, the others on {@link #senders}) and waits for all of them.
     */
    private int sendOverConnections(List<OutboxMail> claimed) {
        ExecutorService pool = senders;
        int k = pool == null ? 1 : Math.min(config.connections(), (claimed.size() + GROUP_SIZE - 1) / GROUP_SIZE);
        if (k <= 1) {
            return send(claimed);
        }
        int size = (claimed.size() + k - 1) / k;
        List<Future<Integer>> others = new ArrayList<>();
        for (int from = size; from < claimed.size(); from += size) {
            List<OutboxMail> slice = claimed.subList(from, Math.min(claimed.size(), from + size));
            others.add(pool.submit(() -> send(slice)));
        }
        int sent = send(claimed.subList(0, size));
        for (Future<Integer> f : others) {
            try {
                sent += f.get();
            } catch (ExecutionException e) {
                // That slice's unrecorded mails keep their lease and are claimable again when it runs out.
                log.log(Level.SEVERE, "Mail worker: a sending connection failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return sent;
    }

    /** Sends claimed mails over one connection; their outcomes are recorded in groups (see {@link Delivered}). */
    private int send(List<OutboxMail> claimed) {
        MailTransport transport;
        try {
            transport = open();
        } catch (MessagingException | RuntimeException e) {
            SendFailure failure = SendFailure.of(e);
            claimed.forEach(m -> store.failed(m.id(), owner, failure));
            pause(failure);
            return 0;
        }
        connectFailures.set(0);
        long started = System.nanoTime();
        int sent = 0;
        try (transport; Delivered delivered = new Delivered()) {
            for (int i = 0; i < claimed.size(); i++) {
                OutboxMail m = claimed.get(i);
                try {
                    MimeMessage message = MailComposer.compose(transport.session(), m, config.from(),
                            clock.instant());
                    transport.send(message, m);
                } catch (MessagingException e) {
                    delivered.flush();
                    SendFailure failure = SendFailure.of(e);
                    store.failed(m.id(), owner, failure);
                    if (!failure.permanent()) {
                        // The connection is likely gone: give the rest back untried and wait.
                        claimed.subList(i + 1, claimed.size()).forEach(r -> store.release(r.id(), owner));
                        pause(failure);
                        return sent;
                    }
                    continue;
                }
                delivered.add(m.id());
                sent++;
            }
        }
        int n = sent;
        log.fine(() -> "Sent " + n + " of " + claimed.size() + " claimed mail(s) in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return sent;
    }

    /**
     * Mails the server accepted, recorded SENT together in one transaction once {@link #GROUP_SIZE} have gathered
     * or {@link #GROUP_NANOS} have passed since the first, and always before anything else is recorded or the
     * connection closes. One commit per mail (a log flush each on Derby) held delivery to about 40 mails/s (issue
     * 12); the price is a wider window for a crash between "250 OK" and the commit: at most one group, a fraction
     * of a second, sent again after the lease with the same Message-ID.
     */
    private final class Delivered implements AutoCloseable {

        private final List<Long> ids = new ArrayList<>();
        private long since;

        void add(long id) {
            if (ids.isEmpty()) {
                since = System.nanoTime();
            }
            ids.add(id);
            if (ids.size() >= GROUP_SIZE || System.nanoTime() - since >= GROUP_NANOS) {
                flush();
            }
        }

        void flush() {
            if (!ids.isEmpty()) {
                store.delivered(List.copyOf(ids), owner);
                ids.clear();
            }
        }

        @Override
        public void close() {
            flush();
        }
    }

    private MailTransport open() throws MessagingException {
        return config.smtpHost().isPresent() ? SmtpTransport.connect(config)
                : new FolderTransport(config.outboxDir());
    }

    private void pause(SendFailure failure) {
        pausedUntil = clock.instant().plus(config.backoff().delayAfter(connectFailures.incrementAndGet()));
        log.warning(() -> "Mail worker pauses until " + pausedUntil + " after: " + failure.reason());
    }
}
