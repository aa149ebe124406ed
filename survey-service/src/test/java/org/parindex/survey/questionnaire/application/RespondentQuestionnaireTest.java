package org.parindex.survey.questionnaire.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parindex.survey.campaign.domain.CampaignStatus;
import org.parindex.survey.campaign.domain.Channel;
import org.parindex.survey.invitation.application.RevokedLinkException;
import org.parindex.survey.invitation.domain.Invitation;
import org.parindex.survey.invitation.domain.InvitationStatus;
import org.parindex.survey.invitation.domain.IssuedLink;
import org.parindex.survey.questionnaire.application.RespondentQuestionnaire.State;
import org.parindex.survey.questionnaire.application.RespondentQuestionnaire.View;
import org.parindex.survey.questionnaire.domain.Answer;
import org.parindex.survey.fakes.Entities;

class RespondentQuestionnaireTest {

    private static final String CLIENT = Questionnaires.CLIENT;

    @Test
    void anOpenSurveyShowsTheSheetWithTheDraftAndMarksTheLinkOpened() {
        Questionnaires q = new Questionnaires(CampaignStatus.OPEN);
        q.questionnaire.saveDraft(q.token, CLIENT, List.of(Answer.of("P1", "Q1", "SO_A", "A")));
        View v = q.questionnaire.open(q.token, CLIENT);
        assertThat(v.state()).isEqualTo(State.OPEN);
        assertThat(v.sheet().size()).isEqualTo(2);
        assertThat(v.draft()).hasSize(1);
        assertThat(q.invitations.find(7).orElseThrow().status()).isEqualTo(InvitationStatus.IN_PROGRESS);
    }

    @Test
    void theStateFollowsTheCampaignsRule() {
        assertThat(new Questionnaires(CampaignStatus.DRAFT).open().state()).isEqualTo(State.NOT_OPEN);
        assertThat(new Questionnaires(CampaignStatus.CLOSED).open().state()).isEqualTo(State.CLOSED);
        assertThat(new Questionnaires(CampaignStatus.PUBLISHED).open().state()).isEqualTo(State.CLOSED);
        Questionnaires q = new Questionnaires(CampaignStatus.OPEN);
        q.questionnaire.submit(q.token, CLIENT, Questionnaires.complete());
        assertThat(q.open().state()).isEqualTo(State.SUBMITTED);
        assertThat(q.invitations.find(7).orElseThrow().status()).isEqualTo(InvitationStatus.SUBMITTED);
    }

    @Test
    void savingLocksTheRespondentOnceAndTakesNothingAfterSubmission() {
        Questionnaires q = new Questionnaires(CampaignStatus.OPEN);
        var saved = q.questionnaire.saveDraft(q.token, CLIENT, List.of(Answer.of("P1", "Q2", "SO_A", "B")));
        assertThat(saved.answered()).isEqualTo(1);
        assertThat(saved.total()).isEqualTo(2);
        assertThat(q.respondents.calls).containsExactly("lock 7");

        q.questionnaire.submit(q.token, CLIENT, Questionnaires.complete());
        assertThatThrownBy(() -> q.questionnaire.saveDraft(q.token, CLIENT, List.of()))
                .isInstanceOfSatisfying(QuestionnaireConflict.class,
                        e -> assertThat(e.kind()).isEqualTo("already-submitted"));
    }

    @Test
    void aClosedSurveyTakesNoDraft() {
        Questionnaires q = new Questionnaires(CampaignStatus.CLOSED);
        assertThatThrownBy(() -> q.questionnaire.saveDraft(q.token, CLIENT, List.of()))
                .isInstanceOfSatisfying(QuestionnaireConflict.class,
                        e -> assertThat(e.kind()).isEqualTo("survey-closed"));
        assertThat(CampaignStatus.CLOSED.takesAnswers(Channel.ONLINE)).isFalse();
    }

    @Test
    void wrongAndRevokedLinksOpenNothing() {
        Questionnaires q = new Questionnaires(CampaignStatus.OPEN);
        assertThatThrownBy(() -> q.questionnaire.open("not-a-token", CLIENT))
                .isInstanceOfSatisfying(LinkProblem.class, e -> assertThat(e.kind()).isEqualTo("link-unknown"));
        Invitation i = q.invitations.find(7).orElseThrow();
        q.invitations.addRevoked(i.revoke(Entities.NOW));
        i.reissue(IssuedLink.issue(org.parindex.survey.invitation.domain.LinkSecret.of(new byte[32],
                new java.security.SecureRandom())).link(), Entities.NOW);
        assertThatThrownBy(() -> q.questionnaire.submit(q.token, CLIENT, Questionnaires.complete()))
                .isInstanceOf(RevokedLinkException.class);
        assertThat(q.answers.submissions.byRespondent).isEmpty();
    }
}
