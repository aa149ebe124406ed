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
import org.parindex.survey.questionnaire.domain.Answer;
import org.parindex.survey.questionnaire.domain.AnswerCell;
import org.parindex.survey.questionnaire.domain.AnswerSheet;
import org.parindex.survey.questionnaire.domain.Channel;
import org.parindex.survey.questionnaire.domain.Drafts;
import org.parindex.survey.questionnaire.domain.Submission;
import org.parindex.survey.questionnaire.domain.Submissions;
import org.parindex.survey.questionnaire.domain.SurveyAnswer;
import org.parindex.survey.questionnaire.domain.AnswerSetQueued;
import org.parindex.survey.questionnaire.domain.PendingAnswerSet;
import org.parindex.survey.questionnaire.domain.PendingAnswers;
import org.parindex.survey.respondent.domain.Respondent;

/**
 * Submits a respondent's questionnaire, once: in one transaction, with the respondent's row locked (a draft save in
 * flight waits, then finds the questionnaire submitted), the complete answer set is checked ({@link
 * AnswerSheet#acceptComplete}), queued as one {@link PendingAnswerSet} of anonymous answers (campaign, group, form,
 * question, criterion, rated unit, option; nothing of the person) that {@link AnswerMixer} later moves into the
 * answers with others, the respondent gets a {@link Submission} (submitted, when, how) and their draft is deleted. Online answers need an open survey; the secretariat may still enter paper
 * questionnaires once it has closed, until the results are published.
 */
@ApplicationScoped
@Transactional
public class QuestionnaireSubmissions {

    private AnswerValidation validation;
    private AnswerSheets sheets;
    private Submissions submissions;
    private PendingAnswers pending;
    private Event<AnswerSetQueued> queued;
    private Drafts drafts;
    private RespondentLinks links;
    private Clock clock;

    QuestionnaireSubmissions() {
        // for the CDI proxy
    }

    @Inject
    public QuestionnaireSubmissions(AnswerValidation validation, AnswerSheets sheets, Submissions submissions,
                                    PendingAnswers pending, Event<AnswerSetQueued> queued, Drafts drafts,
                                    RespondentLinks links, Clock clock) {
        this.validation = validation;
        this.sheets = sheets;
        this.submissions = submissions;
        this.pending = pending;
        this.queued = queued;
        this.drafts = drafts;
        this.links = links;
        this.clock = clock;
    }

    /**
     * Submits the complete {@code answerSet} of respondent {@code respondentId}.
     *
     * @throws org.parindex.survey.problem.NotFoundException     (404) no such respondent in the campaign
     * @throws QuestionnaireConflict                             (409) already submitted, or the survey does not
     *                                                           take answers through {@code channel} now
     * @throws org.parindex.survey.problem.InvalidInputException (422) a wrong answer, or cells left unanswered
     */
    public Submission submit(long campaignId, long respondentId, List<Answer> answerSet, Channel channel) {
        Objects.requireNonNull(channel, "channel == null");
        Respondent respondent = validation.lockedRespondent(campaignId, respondentId);
        requireTakesAnswers(respondent.group().campaign().status(), channel);
        if (submissions.find(respondentId).isPresent()) {
            throw QuestionnaireConflict.alreadySubmitted();
        }
        AnswerSheet sheet = sheets.of(respondent);
        Map<AnswerCell, String> accepted = sheet.acceptComplete(answerSet);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Submission submission = new Submission(campaignId, respondentId, now, channel);
        submissions.add(submission);
        List<SurveyAnswer> rows = new ArrayList<>(accepted.size());
        accepted.forEach((cell, option) -> rows.add(SurveyAnswer.of(sheet, cell, option)));
        pending.add(new PendingAnswerSet(campaignId, sheet.group(), rows), now.truncatedTo(ChronoUnit.MINUTES));
        queued.fire(new AnswerSetQueued(campaignId, sheet.group()));
        drafts.delete(respondentId);
        links.submitted(respondentId, now);
        return submission;
    }

    static void requireTakesAnswers(CampaignStatus status, Channel channel) {
        switch (status) {
            case DRAFT -> throw QuestionnaireConflict.notOpen();
            case OPEN -> {
                // answers of every channel
            }
            case CLOSED -> {
                if (channel != Channel.PAPER) {
                    throw QuestionnaireConflict.closed();
                }
            }
            case PUBLISHED -> throw QuestionnaireConflict.closed();
        }
    }
}
