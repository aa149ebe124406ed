package org.parindex.survey.questionnaire.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The answer sets of submitted questionnaires waiting for the mixer, stored. */
public interface PendingAnswers {

    /** Stores a submitted answer set, in the submission's transaction. */
    void add(PendingAnswerSet set, LocalDateTime queuedAt);

    /** The groups with sets waiting: how many and since when. */
    List<Queue> queues();

    /** The ids of the sets of one campaign and group, in id order (random, not the order of submission). */
    List<String> ids(long campaignId, String group);

    /**
     * Takes one set out: reads it and deletes it in the current transaction. Empty when it is gone already (another
     * mixer took it); deleting first makes a second mixer wait on the row and then find nothing.
     */
    Optional<PendingAnswerSet> take(String id, long campaignId, String group);

    /** Number of answer sets of a campaign waiting for the mixer. */
    long count(long campaignId);

    /**
     * The sets waiting in one group.
     *
     * @param campaignId the campaign
     * @param group      the group code
     * @param sets       how many
     * @param oldest     when the oldest was queued
     */
    record Queue(long campaignId, String group, long sets, LocalDateTime oldest) {
    }
}
