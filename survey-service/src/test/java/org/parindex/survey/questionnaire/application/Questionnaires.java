package org.parindex.survey.questionnaire.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.parindex.scoring.RaterScope;
import org.parindex.survey.campaign.application.SecretariatContact;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.CampaignStatus;
import org.parindex.survey.fakes.Entities;
import org.parindex.survey.fakes.InMemoryAnswers;
import org.parindex.survey.fakes.InMemoryInvitations;
import org.parindex.survey.fakes.InMemoryRespondents;
import org.parindex.survey.fakes.RecordedEvents;
import org.parindex.survey.invitation.application.InvitationConfig;
import org.parindex.survey.invitation.application.LinkKeys;
import org.parindex.survey.invitation.application.LinkService;
import org.parindex.survey.invitation.application.LookupThrottle;
import org.parindex.survey.invitation.domain.Invitation;
import org.parindex.survey.invitation.domain.IssuedLink;
import org.parindex.survey.invitation.domain.LinkSecret;
import org.parindex.survey.questionnaire.domain.Answer;
import org.parindex.survey.questionnaire.domain.AnswerSetQueued;
import org.parindex.survey.questionnaire.domain.AnswerSheet;
import org.parindex.survey.questionnaire.domain.RatedUnit;
import org.parindex.survey.questionnaire.domain.SheetForm;
import org.parindex.survey.questionnaire.domain.SheetOption;
import org.parindex.survey.questionnaire.domain.SheetQuestion;
import org.parindex.survey.questionnaire.domain.SheetSection;
import org.parindex.survey.respondent.domain.Respondent;

/**
 * The questionnaire's application services wired by hand over in-memory stores: one campaign (id 3), one invited
 * respondent (id 7) whose sheet is one form {@code P1} with two questions about unit {@code SO_A}.
 */
final class Questionnaires {

    static final String CLIENT = "203.0.113.9";

    final InMemoryRespondents respondents = new InMemoryRespondents();
    final InMemoryInvitations invitations = new InMemoryInvitations();
    final InMemoryAnswers answers = new InMemoryAnswers();
    final RecordedEvents<AnswerSetQueued> queued = new RecordedEvents<>();
    final Clock clock = Clock.fixed(Entities.NOW.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    final Campaign campaign;
    final Respondent respondent;
    final String token;
    final LinkService links;
    final QuestionnaireSubmissions submissions;
    final RespondentQuestionnaire questionnaire;

    Questionnaires(CampaignStatus status) {
        InvitationConfig config = new InvitationConfig(
                Optional.of(Base64.getEncoder().encodeToString(LinkSecret.newKey(new SecureRandom()))), 3, "PT48H",
                20, "PT15M");
        LinkKeys keys = new LinkKeys(null, config, null);
        campaign = Entities.campaign(3, status);
        respondent = Entities.respondent(7, campaign);
        respondents.add(respondent);
        IssuedLink.Issued issued = IssuedLink.issue(keys.secret());
        invitations.add(new Invitation(respondent, issued.link(), Entities.NOW.minusDays(1)));
        token = issued.credentials().token().value();
        links = new LinkService(invitations, respondents, keys, new LookupThrottle(config, new org.parindex.survey.fakes.InMemoryFailureLog(), clock),
                new org.parindex.survey.fakes.InMemoryOutbox(), clock);
        AnswerSheets sheets = new AnswerSheets() {
            @Override
            public AnswerSheet of(Respondent r) {
                return sheet();
            }
        };
        submissions = new QuestionnaireSubmissions(respondents, sheets, answers.submissions, answers.pending, queued,
                answers.drafts, links, clock);
        questionnaire = new RespondentQuestionnaire(links, sheets, answers.submissions, answers.drafts, submissions,
                clock, new SecretariatContact(Optional.empty(), Optional.empty(), Optional.empty()));
    }

    /** Opens the respondent's questionnaire through their link. */
    RespondentQuestionnaire.View open() {
        return questionnaire.open(token, CLIENT);
    }

    static AnswerSheet sheet() {
        List<SheetOption> ab = List.of(new SheetOption("A", "Tốt", false), new SheetOption("B", "Kém", false));
        SheetForm p1 = new SheetForm("P1", "Phiếu 1", null, "DEPARTMENT", "Cấp sở", RaterScope.ALL_UNITS_OF_LEVEL,
                List.of(new RatedUnit("SO_A", "Sở A")),
                List.of(new SheetSection("I", "Mục I", List.of(new SheetQuestion("Q1", "1.1", "Câu một?", ab),
                        new SheetQuestion("Q2", "1.2", "Câu hai?", ab)))));
        return new AnswerSheet(3, "HDND_TINH", List.of(p1));
    }

    static List<Answer> complete() {
        return List.of(Answer.of("P1", "Q1", "SO_A", "A"), Answer.of("P1", "Q2", "SO_A", "B"));
    }
}
