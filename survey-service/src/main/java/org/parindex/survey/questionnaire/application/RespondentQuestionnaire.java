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
import java.util.function.Supplier;
import org.parindex.survey.campaign.application.SecretariatContact;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.Contact;
import org.parindex.survey.campaign.domain.CampaignStatus;
import org.parindex.survey.campaign.domain.Channel;
import org.parindex.survey.invitation.application.LinkService;
import org.parindex.survey.invitation.application.LinkService.Link;
import org.parindex.survey.platform.persistence.RetryOnLockConflict;
import org.parindex.survey.problem.NotFoundException;
import org.parindex.survey.questionnaire.domain.Answer;
import org.parindex.survey.questionnaire.domain.AnswerCell;
import org.parindex.survey.questionnaire.domain.AnswerSheet;
import org.parindex.survey.questionnaire.domain.Draft;
import org.parindex.survey.questionnaire.domain.Drafts;
import org.parindex.survey.questionnaire.domain.Submission;
import org.parindex.survey.questionnaire.domain.Submissions;
import org.parindex.survey.respondent.domain.Respondent;
import org.parindex.survey.unit.domain.Unit;

/**
 * What a respondent does with their link: open the questionnaire (with the draft kept so far), save answers to the
 * draft as they go, submit. A wrong link opens nothing ({@link LinkProblem}, 404), nor does a revoked one
 * ({@link org.parindex.survey.invitation.application.RevokedLinkException}, 410); a questionnaire already submitted,
 * or of a survey that does not take answers online ({@link CampaignStatus#takesAnswers}), shows only that.
 */
@ApplicationScoped
@Transactional
@RetryOnLockConflict
public class RespondentQuestionnaire {

    private LinkService links;
    private AnswerSheets sheets;
    private Submissions submissions;
    private Drafts drafts;
    private QuestionnaireSubmissions submitter;
    private Clock clock;
    private SecretariatContact contacts;

    RespondentQuestionnaire() {
        // for the CDI proxy
    }

    @Inject
    public RespondentQuestionnaire(LinkService links, AnswerSheets sheets, Submissions submissions, Drafts drafts,
                                   QuestionnaireSubmissions submitter, Clock clock,
                                   SecretariatContact contacts) {
        this.links = links;
        this.sheets = sheets;
        this.submissions = submissions;
        this.drafts = drafts;
        this.submitter = submitter;
        this.clock = clock;
        this.contacts = contacts;
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

    /** The campaign as the respondent sees it, with whom to contact (null when nobody is known). */
    public record CampaignInfo(String name, String province, int year, LocalDate surveyOpens,
                               LocalDate surveyCloses, Contact contact) {

        static CampaignInfo of(Campaign c, SecretariatContact contacts) {
            return new CampaignInfo(c.name(), c.province(), c.year(), c.deadlines().surveyOpens(),
                    c.deadlines().surveyCloses(), contacts.of(c).orElse(null));
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
        Respondent respondent = link(() -> links.open(token, client)).respondent();
        Campaign campaign = respondent.group().campaign();
        CampaignInfo info = CampaignInfo.of(campaign, contacts);
        String group = respondent.group().name();
        String home = respondent.homeUnit().map(Unit::name).orElse(null);
        Optional<Submission> submitted = submissions.find(respondent.id());
        if (submitted.isPresent()) {
            return new View(State.SUBMITTED, info, group, home, null, Map.of(), null, submitted.get().submittedAt());
        }
        CampaignStatus status = campaign.status();
        if (!status.takesAnswers(Channel.ONLINE)) {
            State state = status.surveyStarted() ? State.CLOSED : State.NOT_OPEN;
            return new View(state, info, group, home, null, Map.of(), null, null);
        }
        AnswerSheet sheet = sheets.of(respondent);
        Map<AnswerCell, String> draft = new LinkedHashMap<>();
        Optional<Draft> kept = drafts.find(respondent.id());
        Map<AnswerCell, String> saved = kept.isPresent() ? drafts.answers(respondent.id()) : Map.of();
        for (AnswerCell cell : sheet.cells()) {
            String option = saved.get(cell);
            if (option != null && sheet.questionOf(cell).filter(q -> q.offers(option)).isPresent()) {
                draft.put(cell, option);
            }
        }
        LocalDateTime savedAt = kept.map(Draft::updatedAt).orElse(null);
        return new View(State.OPEN, info, group, home, sheet, draft, savedAt, null);
    }

    /**
     * Saves changed cells to the draft of {@code token}: an option sets a cell, none clears it. The respondent's row
     * is locked first (by the link's resolution), so a submission racing this save waits or is waited for.
     *
     * @throws QuestionnaireConflict (409) submitted already, or the survey does not take answers online
     * @throws org.parindex.survey.problem.InvalidInputException (422) an answer that is not on the sheet
     */
    public Saved saveDraft(String token, String client, List<Answer> changes) {
        Link link = link(() -> links.resolveLocked(token, client));
        Respondent respondent = link.respondent();
        submitter.requireAnswerable(respondent, Channel.ONLINE);
        AnswerSheet sheet = sheets.of(respondent);
        Map<AnswerCell, String> accepted = sheet.accept(changes, true);
        LocalDateTime now = now();
        Map<AnswerCell, String> all = drafts.save(respondent.campaignId(), respondent.id(), accepted, now);
        links.markInProgress(link);
        int answered = (int) sheet.cells().stream().filter(all::containsKey).count();
        return new Saved(now, answered, sheet.size());
    }

    /**
     * Submits the complete answers of {@code token} (see {@link QuestionnaireSubmissions#submit}), with the
     * respondent's row locked by the link's resolution.
     */
    public Submission submit(String token, String client, List<Answer> answers) {
        return submitter.submitLocked(link(() -> links.resolveLocked(token, client)).respondent(), answers,
                Channel.ONLINE);
    }

    /** The link's resolution; an unknown link is the questionnaire's own 404 ({@link LinkProblem}). */
    private static Link link(Supplier<Link> resolution) {
        try {
            return resolution.get();
        } catch (NotFoundException unknown) {
            throw LinkProblem.unknown();
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
