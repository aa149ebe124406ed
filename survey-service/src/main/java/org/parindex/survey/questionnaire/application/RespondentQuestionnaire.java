package org.parindex.survey.questionnaire.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.platform.persistence.RetryOnLockConflict;
import org.parindex.survey.problem.NotFoundException;
import org.parindex.survey.questionnaire.application.RespondentLinks.Resolution;
import org.parindex.survey.questionnaire.domain.Answer;
import org.parindex.survey.questionnaire.domain.AnswerCell;
import org.parindex.survey.questionnaire.domain.AnswerSheet;
import org.parindex.survey.questionnaire.domain.Channel;
import org.parindex.survey.questionnaire.domain.Draft;
import org.parindex.survey.questionnaire.domain.Drafts;
import org.parindex.survey.questionnaire.domain.Submission;
import org.parindex.survey.questionnaire.domain.Submissions;
import org.parindex.survey.respondent.domain.Respondent;
import org.parindex.survey.unit.domain.Unit;

/**
 * What a respondent does with their link: open the questionnaire (with the draft kept so far), save answers to the
 * draft as they go, submit. A wrong, revoked or expired link opens nothing ({@link LinkProblem}); a questionnaire
 * already submitted, or of a survey that is not open, shows only that.
 */
@ApplicationScoped
@Transactional
@RetryOnLockConflict
public class RespondentQuestionnaire {

    private RespondentLinks links;
    private AnswerValidation validation;
    private AnswerSheets sheets;
    private Submissions submissions;
    private Drafts drafts;
    private QuestionnaireSubmissions submitter;
    private Clock clock;

    RespondentQuestionnaire() {
        // for the CDI proxy
    }

    @Inject
    public RespondentQuestionnaire(RespondentLinks links, AnswerValidation validation, AnswerSheets sheets,
                                   Submissions submissions, Drafts drafts, QuestionnaireSubmissions submitter,
                                   Clock clock) {
        this.links = links;
        this.validation = validation;
        this.sheets = sheets;
        this.submissions = submissions;
        this.drafts = drafts;
        this.submitter = submitter;
        this.clock = clock;
    }

    /** Where a questionnaire stands for its respondent. */
    public enum State {
        /** The survey is open and the respondent has not submitted: answer. */
        OPEN,
        /** Submitted, at {@link View#submittedAt()}. */
        SUBMITTED,
        /** The survey has not started yet. */
        NOT_OPEN,
        /** The survey has ended. */
        CLOSED
    }

    /** The campaign as the respondent sees it. */
    public record CampaignInfo(String name, String province, int year, LocalDate surveyOpens,
                               LocalDate surveyCloses) {

        static CampaignInfo of(Campaign c) {
            return new CampaignInfo(c.name(), c.province(), c.year(), c.deadlines().surveyOpens(),
                    c.deadlines().surveyCloses());
        }
    }

    /**
     * What the link shows.
     *
     * @param state        where the questionnaire stands
     * @param campaign     the campaign
     * @param group        name of the respondent's group
     * @param homeUnit     name of the respondent's home unit, or {@code null}
     * @param sheet        the forms to answer; {@code null} unless {@link State#OPEN}
     * @param draft        the answers saved so far, by cell; empty unless {@link State#OPEN}
     * @param savedAt      when the draft was last saved, or {@code null}
     * @param submittedAt  when the questionnaire was submitted, or {@code null}
     */
    public record View(State state, CampaignInfo campaign, String group, String homeUnit, AnswerSheet sheet,
                       Map<AnswerCell, String> draft, LocalDateTime savedAt, LocalDateTime submittedAt) {
    }

    /**
     * The draft after a save.
     *
     * @param savedAt  when
     * @param answered cells of the sheet answered in the draft
     * @param total    cells of the sheet
     */
    public record Saved(LocalDateTime savedAt, int answered, int total) {
    }

    /**
     * Opens the questionnaire of {@code token}.
     *
     * @param client the client's address, for throttling wrong tokens
     */
    public View open(String token, String client) {
        Respondent respondent = respondentOf(links.open(token, client));
        Campaign campaign = respondent.group().campaign();
        CampaignInfo info = CampaignInfo.of(campaign);
        String group = respondent.group().name();
        String home = respondent.homeUnit().map(Unit::name).orElse(null);
        Optional<Submission> submitted = submissions.find(respondent.id());
        if (submitted.isPresent()) {
            return new View(State.SUBMITTED, info, group, home, null, Map.of(), null, submitted.get().submittedAt());
        }
        State state = switch (campaign.status()) {
            case DRAFT -> State.NOT_OPEN;
            case OPEN -> State.OPEN;
            case CLOSED, PUBLISHED -> State.CLOSED;
        };
        if (state != State.OPEN) {
            return new View(state, info, group, home, null, Map.of(), null, null);
        }
        AnswerSheet sheet = sheets.of(respondent);
        Map<AnswerCell, String> draft = new LinkedHashMap<>();
        Map<AnswerCell, String> saved = drafts.answers(respondent.id());
        for (AnswerCell cell : sheet.cells()) {
            String option = saved.get(cell);
            if (option != null && sheet.questionOf(cell).filter(q -> q.offers(option)).isPresent()) {
                draft.put(cell, option);
            }
        }
        LocalDateTime savedAt = drafts.find(respondent.id()).map(Draft::updatedAt).orElse(null);
        return new View(state, info, group, home, sheet, draft, savedAt, null);
    }

    /**
     * Saves changed cells to the draft of {@code token}: an option sets a cell, none clears it.
     *
     * @throws QuestionnaireConflict (409) submitted already, or the survey is not open
     * @throws org.parindex.survey.problem.InvalidInputException (422) an answer that is not on the sheet
     */
    public Saved saveDraft(String token, String client, List<Answer> changes) {
        Respondent respondent = respondentOf(links.resolve(token, client));
        respondent = validation.lockedRespondent(respondent.group().campaign().id(), respondent.id());
        requireAnswerable(respondent);
        AnswerSheet sheet = sheets.of(respondent);
        Map<AnswerCell, String> accepted = sheet.accept(changes, true);
        LocalDateTime now = now();
        Draft draft = drafts.save(respondent.group().campaign().id(), respondent.id(), accepted, now);
        links.answering(respondent.id(), now);
        Map<AnswerCell, String> all = drafts.answers(respondent.id());
        int answered = (int) sheet.cells().stream().filter(all::containsKey).count();
        return new Saved(draft.updatedAt(), answered, sheet.size());
    }

    /**
     * Submits the complete answers of {@code token} (see {@link QuestionnaireSubmissions#submit}).
     */
    public Submission submit(String token, String client, List<Answer> answers) {
        Respondent respondent = respondentOf(links.resolve(token, client));
        return submitter.submit(respondent.group().campaign().id(), respondent.id(), answers, Channel.ONLINE);
    }

    private void requireAnswerable(Respondent respondent) {
        if (submissions.find(respondent.id()).isPresent()) {
            throw QuestionnaireConflict.alreadySubmitted();
        }
        QuestionnaireSubmissions.requireTakesAnswers(respondent.group().campaign().status(), Channel.ONLINE);
    }

    private Respondent respondentOf(Resolution link) {
        return switch (link.outcome()) {
            case UNKNOWN -> throw LinkProblem.unknown();
            case REVOKED -> throw LinkProblem.revoked();
            case EXPIRED -> throw LinkProblem.expired();
            case VALID -> {
                try {
                    yield validation.respondent(link.campaignId(), link.respondentId());
                } catch (NotFoundException removed) {
                    throw LinkProblem.unknown();
                }
            }
        };
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
