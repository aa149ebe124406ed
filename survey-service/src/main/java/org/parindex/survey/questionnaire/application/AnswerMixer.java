package org.parindex.survey.questionnaire.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.parindex.survey.questionnaire.domain.PendingAnswerSet;
import org.parindex.survey.questionnaire.domain.PendingAnswers;
import org.parindex.survey.questionnaire.domain.SurveyAnswer;
import org.parindex.survey.questionnaire.domain.SurveyAnswers;

/**
 * Moves waiting answer sets of one campaign and group into the anonymous answers, in a transaction of its own
 * (never one that records who submitted): it takes the sets out, deletes them, and writes the answers of all of them
 * in one random order, so neither the transaction, nor the order of the rows, nor their pages tell which answers
 * came together. If it cannot take at least {@code minimum} sets (another instance's mixer took them first) it
 * writes nothing and rolls back.
 */
@ApplicationScoped
public class AnswerMixer {

    /** Sets taken in one transaction at the most, so that one mix stays small; the rest wait for the next. */
    static final int MAX_SETS = 64;

    private PendingAnswers pending;
    private SurveyAnswers answers;
    private final SecureRandom random = new SecureRandom();

    AnswerMixer() {
        // for the CDI proxy
    }

    @Inject
    public AnswerMixer(PendingAnswers pending, SurveyAnswers answers) {
        this.pending = pending;
        this.answers = answers;
    }

    /**
     * Mixes up to {@link #MAX_SETS} waiting sets of a group, in a new transaction (a caller's is suspended).
     *
     * @param minimum the fewest sets worth mixing (k, or 1 when the survey is over or a set waited too long)
     * @return how many sets were mixed (0: fewer than {@code minimum} could be taken, nothing changed)
     * @throws TooFewSets when fewer than {@code minimum} could be taken after all (rolled back)
     */
    @Transactional(value = TxType.REQUIRES_NEW, rollbackOn = TooFewSets.class)
    public int mix(long campaignId, String group, int minimum) {
        List<String> ids = pending.ids(campaignId, group);
        if (ids.size() < minimum) {
            return 0;
        }
        // Never leave a tail smaller than the minimum behind: take it with this batch.
        int take = ids.size() - MAX_SETS < minimum ? ids.size() : MAX_SETS;
        List<SurveyAnswer> rows = new ArrayList<>();
        int taken = 0;
        for (String id : ids.subList(0, take)) {
            Optional<PendingAnswerSet> set = pending.take(id, campaignId, group);
            if (set.isPresent()) {
                rows.addAll(set.get().answers());
                taken++;
            }
        }
        if (taken < minimum || taken == 0) {
            throw new TooFewSets(taken, minimum);
        }
        Collections.shuffle(rows, random);
        answers.addAll(rows);
        return taken;
    }

    /** Fewer sets could be taken than the minimum: another mixer was faster. Rolls the mix back. */
    public static final class TooFewSets extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TooFewSets(int taken, int minimum) {
            super("took " + taken + " answer set(s), fewer than " + minimum + ": another mixer took the rest");
        }
    }
}
