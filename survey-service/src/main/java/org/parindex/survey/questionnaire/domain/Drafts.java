package org.parindex.survey.questionnaire.domain;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The drafts of questionnaires being answered, with their answers, stored. */
public interface Drafts {

    Optional<Draft> find(long respondentId);

    /** The answers of a respondent's draft by cell; empty when there is no draft. */
    Map<AnswerCell, String> answers(long respondentId);

    /**
     * Applies changes to a respondent's draft, creating it if needed: an option sets its cell, {@code null} clears
     * it. The draft's {@link Draft#updatedAt()} becomes {@code now}.
     *
     * @return the draft's answers after the change, by cell
     */
    Map<AnswerCell, String> save(long campaignId, long respondentId, Map<AnswerCell, String> changes,
                                 LocalDateTime now);

    /** Deletes a respondent's draft and its answers, if any. */
    void delete(long respondentId);

    /** Deletes every draft of a campaign with its answers (the survey is over). */
    void deleteAll(long campaignId);

    /** The respondents of the campaign who have a draft (answering, not yet submitted). */
    Set<Long> respondentsWithDraft(long campaignId);
}
