package org.parindex.survey.questionnaire.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parindex.survey.campaign.domain.CampaignStatus;
import org.parindex.survey.campaign.domain.CampaignStatusChanged;
import org.parindex.survey.platform.persistence.DatabaseMigration;
import org.parindex.survey.questionnaire.application.AnswerMixer.TooFewSets;
import org.parindex.survey.questionnaire.domain.AnswerSetQueued;
import org.parindex.survey.questionnaire.domain.PendingAnswers;
import org.parindex.survey.questionnaire.domain.PendingAnswers.Queue;

/**
 * When waiting answer sets are mixed (by {@link AnswerMixer}): as soon as a group has k ({@code
 * survey.anonymity.batch-size}) of them, right after the submission that made k commits; a group whose oldest set
 * has waited {@code survey.anonymity.max-wait}, at the next sweep (every {@code survey.anonymity.sweep-interval}),
 * however few; and every waiting set of a campaign when its survey closes or its results are computed for
 * publication. Nothing here logs who submitted or which set went into which mix.
 */
@ApplicationScoped
public class AnswerMixing {

    @Resource
    ManagedScheduledExecutorService executor;

    private AnswerMixer mixer;
    private PendingAnswers pending;
    private AnonymityConfig config;
    private Clock clock;
    private Logger log;
    private volatile ScheduledFuture<?> schedule;
    /** Groups (campaign/group) whose sets a submission's thread is mixing now, and those with sets queued since. */
    private final Set<String> mixing = ConcurrentHashMap.newKeySet();
    private final Set<String> queuedSince = ConcurrentHashMap.newKeySet();

    AnswerMixing() {
        // for the CDI proxy
    }

    @Inject
    public AnswerMixing(AnswerMixer mixer, PendingAnswers pending, AnonymityConfig config, Clock clock, Logger log) {
        this.mixer = mixer;
        this.pending = pending;
        this.config = config;
        this.clock = clock;
        this.log = log;
    }

    void onStart(@Observes @Priority(DatabaseMigration.PRIORITY + 600) @Initialized(ApplicationScoped.class)
                 Object event) {
        long every = config.sweepInterval().toMillis();
        schedule = executor.scheduleWithFixedDelay(this::sweepSafely, every, every, TimeUnit.MILLISECONDS);
        log.info(() -> "Answers are mixed in batches of at least " + config.batchSize() + " answer sets per group"
                + " (or after " + config.maxWait() + ")");
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> s = schedule;
        if (s != null) {
            s.cancel(false);
        }
    }

    /**
     * After a submission: when k sets of its group wait, mixes one batch of them ({@link AnswerMixer#MAX_SETS} at the
     * most) in this thread, so that the k-th submission has brought the sets in when it answers; whatever is left
     * (sets queued meanwhile by others) is mixed by one background task of the executor. Only one thread mixes a group
     * at a time: a submission that finds its group being mixed leaves its set to that one (concurrent mixers of one
     * group only waited on each other's locks and rolled back; a submission's thread that kept mixing everyone's sets
     * kept its respondent waiting). Issue 12.
     */
    void afterSubmission(@Observes(during = TransactionPhase.AFTER_SUCCESS) AnswerSetQueued queued) {
        String key = queued.campaignId() + "/" + queued.group();
        queuedSince.add(key);
        if (!mixing.add(key)) {
            return; // the thread mixing this group looks again before it stops
        }
        boolean handedOver = false;
        try {
            queuedSince.remove(key);
            if (mixSafely(queued.campaignId(), queued.group(), config.batchSize()) > 0 || queuedSince.contains(key)) {
                executor.execute(() -> drain(queued.campaignId(), queued.group(), key));
                handedOver = true;
            }
        } finally {
            if (!handedOver) {
                mixing.remove(key);
            }
        }
    }

    /** Mixes a group's waiting sets while k of them wait, in the executor's thread; holds the group's flag. */
    private void drain(long campaignId, String group, String key) {
        try {
            for (int mixes = 0; mixes < 10_000; mixes++) {
                queuedSince.remove(key);
                if (mixSafely(campaignId, group, config.batchSize()) == 0) {
                    break;
                }
            }
        } finally {
            mixing.remove(key);
        }
        if (queuedSince.contains(key) && mixing.add(key)) {
            executor.execute(() -> drain(campaignId, group, key));
        }
    }

    void afterStatusChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CampaignStatusChanged changed) {
        if (changed.status() != CampaignStatus.DRAFT && changed.status() != CampaignStatus.OPEN) {
            mixAll(changed.campaignId());
        }
    }

    /** Mixes every waiting set of a campaign, however few per group: the survey is over. */
    public void mixAll(long campaignId) {
        for (Queue q : pending.queues()) {
            if (q.campaignId() == campaignId) {
                while (mixSafely(campaignId, q.group(), 1) > 0) {
                    // until the group's queue is empty
                }
            }
        }
    }

    /** One sweep: mixes the groups with k sets waiting, or whose oldest set has waited too long. */
    public void sweep() {
        LocalDateTime overdue = LocalDateTime.now(clock).minus(config.maxWait());
        for (Queue q : pending.queues()) {
            int minimum = q.oldest().isAfter(overdue) ? config.batchSize() : 1;
            while (q.sets() >= minimum && mixSafely(q.campaignId(), q.group(), minimum) > 0) {
                q = new Queue(q.campaignId(), q.group(), pending.ids(q.campaignId(), q.group()).size(), q.oldest());
            }
        }
    }

    private void sweepSafely() {
        try {
            sweep();
        } catch (RuntimeException e) {
            // Keep the schedule alive: the sets stay waiting and are looked at again.
            log.log(Level.SEVERE, "Answer mixing sweep failed", e);
        }
    }

    private int mixSafely(long campaignId, String group, int minimum) {
        try {
            return mixer.mix(campaignId, group, minimum);
        } catch (TooFewSets e) {
            return 0;
        } catch (RuntimeException e) {
            // The sets stay waiting (the mix rolled back); the next sweep tries again.
            log.log(Level.WARNING, "Mixing answers of campaign " + campaignId + " failed; retried by the sweep", e);
            return 0;
        }
    }
}
