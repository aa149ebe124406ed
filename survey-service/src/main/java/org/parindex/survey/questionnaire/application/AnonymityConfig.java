package org.parindex.survey.questionnaire.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parindex.survey.platform.Durations;

/**
 * How submitted answers are mixed before they are counted (see {@link AnswerMixer}), through MicroProfile Config
 * (e.g. {@code SURVEY_ANONYMITY_BATCH_SIZE=10}); durations are ISO-8601.
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>survey.anonymity.batch-size</td><td>5</td><td>k: answer sets of one group that must be waiting
 *       before they are mixed together into the answers</td></tr>
 *   <tr><td>survey.anonymity.max-wait</td><td>PT24H</td><td>the longest a set waits for k-1 others; after that
 *       the group's waiting sets are mixed however few (a slow group is still counted)</td></tr>
 *   <tr><td>survey.anonymity.sweep-interval</td><td>PT1M</td><td>how often waiting sets are looked at</td></tr>
 * </table>
 */
@ApplicationScoped
public class AnonymityConfig {

    private int batchSize;
    private Duration maxWait;
    private Duration sweepInterval;

    AnonymityConfig() {
        // for the CDI proxy
    }

    @Inject
    public AnonymityConfig(
            @ConfigProperty(name = "survey.anonymity.batch-size", defaultValue = "5") int batchSize,
            @ConfigProperty(name = "survey.anonymity.max-wait", defaultValue = "PT24H") String maxWait,
            @ConfigProperty(name = "survey.anonymity.sweep-interval", defaultValue = "PT1M") String sweepInterval) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("survey.anonymity.batch-size must be at least 1: " + batchSize);
        }
        this.batchSize = batchSize;
        this.maxWait = Durations.positive("survey.anonymity.max-wait", maxWait);
        this.sweepInterval = Durations.positive("survey.anonymity.sweep-interval", sweepInterval);
    }


    /** k: sets of one group mixed together at the least, unless one has waited {@link #maxWait()}. */
    public int batchSize() {
        return batchSize;
    }

    /** The longest a set waits for others. */
    public Duration maxWait() {
        return maxWait;
    }

    /** How often waiting sets are looked at. */
    public Duration sweepInterval() {
        return sweepInterval;
    }
}
