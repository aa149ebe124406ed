package org.parindex.survey.questionnaire.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parindex.survey.campaign.domain.CampaignStatus;
import org.parindex.survey.campaign.domain.Channel;
import org.parindex.survey.invitation.application.LinkService;
import org.parindex.survey.problem.NotFoundException;
import org.parindex.survey.questionnaire.domain.Answer;
import org.parindex.survey.questionnaire.domain.AnswerCell;
import org.parindex.survey.questionnaire.domain.AnswerSheet;
import org.parindex.survey.campaign.domain.Channel;
import org.parindex.survey.questionnaire.domain.Drafts;
import org.parindex.survey.questionnaire.domain.Submission;
import org.parindex.survey.questionnaire.domain.Submissions;
import org.parindex.survey.questionnaire.domain.SurveyAnswer;
import org.parindex.survey.questionnaire.domain.AnswerSetQueued;
import org.parindex.survey.questionnaire.domain.PendingAnswerSet;
import org.parindex.survey.questionnaire.domain.PendingAnswers;
import org.parindex.survey.respondent.domain.Respondent;
import org.parindex.survey.respondent.domain.Respondents;

/**
 * Submits a respondent's questionnaire, once: in one transaction, with the respondent's row locked (a draft save in
 * flight waits, then finds the questionnaire submitted), the complete answer set is checked ({@link
 * AnswerSheet#acceptComplete}), queued as one {@link PendingAnswerSet} of anonymous answers (campaign, group, form,
 * question, criterion, rated unit, option; nothing of the person) that {@link AnswerMixer} later moves into the
 * answers with others, the respondent gets a {@link Submission} (submitted, when, how), their invitation (if any)
 * SUBMITTED, and their draft is deleted. Whether the campaign takes answers through the channel is
 * {@link CampaignStatus#takesAnswers}: online while open, on paper until the results are published.
 */
@ApplicationScoped
@Transactional
public class QuestionnaireSubmissions {

    private Respondents respondents;
    private AnswerSheets sheets;
    private Submissions submissions;
    private PendingAnswers pending;
    private Event<AnswerSetQueued> queued;
    private Drafts drafts;
    private LinkService links;
    private Clock clock;

    QuestionnaireSubmissions() {
        // for the CDI proxy
    }

    @Inject
    public QuestionnaireSubmissions(Respondents respondents, AnswerSheets sheets, Submissions submissions,
                                    PendingAnswers pending, Event<AnswerSetQueued> queued, Drafts drafts,
                                    LinkService links, Clock clock) {
        this.respondents = respondents;
        this.sheets = sheets;
        this.submissions = submissions;
        this.pending = pending;
        this.queued = queued;
        this.drafts = drafts;
        this.links = links;
        this.clock = clock;
    }

    /**
     * Submits the complete {@code answerSet} of respondent {@code respondentId}, locking the respondent's row first.
     *
     * @throws org.parindex.survey.problem.NotFoundException     (404) no such respondent in the campaign
     * @throws QuestionnaireConflict                             (409) already submitted, or the survey does not
     *                                                           take answers through {@code channel} now
     * @throws org.parindex.survey.problem.InvalidInputException (422) a wrong answer, or cells left unanswered
     */
    public Submission submit(long campaignId, long respondentId, List<Answer> answerSet, Channel channel) {
        Respondent respondent = respondents.lock(campaignId, respondentId)
                .orElseThrow(() -> new NotFoundException("người được điều tra", respondentId));
        return submitLocked(respondent, answerSet, channel);
    }

    /**
     * Like {@link #submit(long, long, List, Channel)}, for a respondent whose row the caller has locked already in
     * this transaction ({@link org.parindex.survey.respondent.domain.Respondents#lock}).
     */
    public Submission submitLocked(Respondent respondent, List<Answer> answerSet, Channel channel) {
        requireAnswerable(respondent, channel);
        AnswerSheet sheet = sheets.of(respondent);
        Map<AnswerCell, String> accepted = sheet.acceptComplete(answerSet);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        long campaignId = respondent.campaignId();
        Submission submission = new Submission(campaignId, respondent.id(), now, channel);
        submissions.add(submission);
        List<SurveyAnswer> rows = new ArrayList<>(accepted.size());
        accepted.forEach((cell, option) -> rows.add(SurveyAnswer.of(sheet, cell, option)));
        pending.add(new PendingAnswerSet(campaignId, sheet.group(), rows), now.truncatedTo(ChronoUnit.MINUTES));
        queued.fire(new AnswerSetQueued(campaignId, sheet.group()));
        drafts.delete(respondent.id());
        links.markSubmitted(respondent.id(), now);
        return submission;
    }

    /**
     * The rule for changing a respondent's answers through {@code channel}: not once they submitted (409
     * {@code already-submitted}), and only while the campaign takes answers through that channel
     * ({@link CampaignStatus#takesAnswers}; 409 {@code survey-not-open} or {@code survey-closed}). The caller holds
     * the respondent's lock.
     */
    void requireAnswerable(Respondent respondent, Channel channel) {
        Objects.requireNonNull(channel, "channel == null");
        if (submissions.find(respondent.id()).isPresent()) {
            throw QuestionnaireConflict.alreadySubmitted();
        }
        CampaignStatus status = respondent.group().campaign().status();
        if (!status.takesAnswers(channel)) {
            throw status.surveyStarted() ? QuestionnaireConflict.closed() : QuestionnaireConflict.notOpen();
        }
    }
}
