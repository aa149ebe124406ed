package org.parindex.survey.fakes;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parindex.survey.questionnaire.domain.AnswerCell;
import org.parindex.survey.questionnaire.domain.Draft;
import org.parindex.survey.questionnaire.domain.Drafts;
import org.parindex.survey.questionnaire.domain.PendingAnswerSet;
import org.parindex.survey.questionnaire.domain.PendingAnswers;
import org.parindex.survey.questionnaire.domain.Submission;
import org.parindex.survey.questionnaire.domain.Submissions;

/** The questionnaire's stores in memory: submissions, drafts and the mixer's queue. */
public final class InMemoryAnswers {

    public final InMemorySubmissions submissions = new InMemorySubmissions();
    public final InMemoryDrafts drafts = new InMemoryDrafts();
    public final InMemoryPending pending = new InMemoryPending();

    /** Submissions by respondent. */
    public static final class InMemorySubmissions implements Submissions {

        public final Map<Long, Submission> byRespondent = new LinkedHashMap<>();

        @Override
        public void add(Submission submission) {
            if (byRespondent.putIfAbsent(submission.respondentId(), submission) != null) {
                throw new IllegalStateException("submitted twice: " + submission.respondentId());
            }
        }

        @Override
        public Optional<Submission> find(long respondentId) {
            return Optional.ofNullable(byRespondent.get(respondentId));
        }

        @Override
        public List<Submission> ofCampaign(long campaignId) {
            return byRespondent.values().stream().filter(s -> s.campaignId() == campaignId).toList();
        }

        @Override
        public long count(long campaignId) {
            return ofCampaign(campaignId).size();
        }

        @Override
        public Map<String, Long> countByGroup(long campaignId) {
            throw new UnsupportedOperationException();
        }
    }

    /** Drafts by respondent. */
    public static final class InMemoryDrafts implements Drafts {

        private final Map<Long, Draft> drafts = new HashMap<>();
        private final Map<Long, Map<AnswerCell, String>> answers = new HashMap<>();

        @Override
        public Optional<Draft> find(long respondentId) {
            return Optional.ofNullable(drafts.get(respondentId));
        }

        @Override
        public Map<AnswerCell, String> answers(long respondentId) {
            return Map.copyOf(answers.getOrDefault(respondentId, Map.of()));
        }

        @Override
        public Map<AnswerCell, String> save(long campaignId, long respondentId, Map<AnswerCell, String> changes,
                                            LocalDateTime now) {
            drafts.computeIfAbsent(respondentId, r -> new Draft(campaignId, r, now)).touch(now);
            Map<AnswerCell, String> a = answers.computeIfAbsent(respondentId, r -> new HashMap<>());
            changes.forEach((cell, option) -> {
                if (option == null) {
                    a.remove(cell);
                } else {
                    a.put(cell, option);
                }
            });
            return Map.copyOf(a);
        }

        @Override
        public void delete(long respondentId) {
            drafts.remove(respondentId);
            answers.remove(respondentId);
        }

        @Override
        public void deleteAll(long campaignId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<Long> respondentsWithDraft(long campaignId) {
            return new HashSet<>(drafts.keySet());
        }
    }

    /** The mixer's queue as a list. */
    public static final class InMemoryPending implements PendingAnswers {

        public final List<PendingAnswerSet> sets = new ArrayList<>();

        @Override
        public void add(PendingAnswerSet set, LocalDateTime queuedAt) {
            sets.add(set);
        }

        @Override
        public List<Queue> queues() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> ids(long campaignId, String group) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<PendingAnswerSet> take(String id, long campaignId, String group) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count(long campaignId) {
            return sets.size();
        }
    }
}
