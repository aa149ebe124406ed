package org.parindex.survey.questionnaire.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parindex.survey.campaign.domain.CampaignStatus;
import org.parindex.survey.campaign.domain.Channel;
import org.parindex.survey.invitation.domain.InvitationStatus;
import org.parindex.survey.problem.InvalidInputException;
import org.parindex.survey.problem.NotFoundException;
import org.parindex.survey.questionnaire.domain.Answer;
import org.parindex.survey.questionnaire.domain.Submission;

class QuestionnaireSubmissionsTest {

    @Test
    void aCompleteSetIsQueuedAnonymouslyAndTheRespondentOnlyMarkedSubmitted() {
        Questionnaires q = new Questionnaires(CampaignStatus.OPEN);
        q.answers.drafts.save(3, 7, java.util.Map.of(), q.clock.instant().atZone(q.clock.getZone())
                .toLocalDateTime());
        Submission s = q.submissions.submit(3, 7, Questionnaires.complete(), Channel.ONLINE);
        assertThat(s.channel()).isEqualTo(Channel.ONLINE);
        assertThat(q.answers.pending.sets).singleElement().satisfies(set -> {
            assertThat(set.group()).isEqualTo("HDND_TINH");
            assertThat(set.answers()).hasSize(2);
        });
        assertThat(q.queued.fired).hasSize(1);
        assertThat(q.answers.drafts.find(7)).isEmpty();
        assertThat(q.invitations.find(7).orElseThrow().status()).isEqualTo(InvitationStatus.SUBMITTED);
    }

    @Test
    void theRespondentIsLockedOnceBeforeAnythingElse() {
        Questionnaires q = new Questionnaires(CampaignStatus.OPEN);
        q.submissions.submit(3, 7, Questionnaires.complete(), Channel.PAPER);
        assertThat(q.respondents.calls).containsExactly("lock 7");
    }

    @Test
    void onlySubmitsOnce() {
        Questionnaires q = new Questionnaires(CampaignStatus.OPEN);
        q.submissions.submit(3, 7, Questionnaires.complete(), Channel.ONLINE);
        assertThatThrownBy(() -> q.submissions.submit(3, 7, Questionnaires.complete(), Channel.PAPER))
                .isInstanceOfSatisfying(QuestionnaireConflict.class,
                        e -> assertThat(e.kind()).isEqualTo("already-submitted"));
        assertThat(q.answers.pending.sets).hasSize(1);
    }

    @Test
    void aClosedSurveyTakesPaperButNotOnlineAnswers() {
        Questionnaires q = new Questionnaires(CampaignStatus.CLOSED);
        assertThatThrownBy(() -> q.submissions.submit(3, 7, Questionnaires.complete(), Channel.ONLINE))
                .isInstanceOfSatisfying(QuestionnaireConflict.class,
                        e -> assertThat(e.kind()).isEqualTo("survey-closed"));
        assertThat(q.submissions.submit(3, 7, Questionnaires.complete(), Channel.PAPER).channel())
                .isEqualTo(Channel.PAPER);
    }

    @Test
    void aDraftOrPublishedCampaignTakesNoAnswers() {
        assertThatThrownBy(() -> new Questionnaires(CampaignStatus.DRAFT).submissions.submit(3, 7,
                Questionnaires.complete(), Channel.PAPER))
                .isInstanceOfSatisfying(QuestionnaireConflict.class,
                        e -> assertThat(e.kind()).isEqualTo("survey-not-open"));
        assertThatThrownBy(() -> new Questionnaires(CampaignStatus.PUBLISHED).submissions.submit(3, 7,
                Questionnaires.complete(), Channel.PAPER))
                .isInstanceOfSatisfying(QuestionnaireConflict.class,
                        e -> assertThat(e.kind()).isEqualTo("survey-closed"));
    }

    @Test
    void anIncompleteSetOrAnUnknownRespondentIsRefused() {
        Questionnaires q = new Questionnaires(CampaignStatus.OPEN);
        List<Answer> half = Questionnaires.complete().subList(0, 1);
        assertThatThrownBy(() -> q.submissions.submit(3, 7, half, Channel.ONLINE))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> q.submissions.submit(4, 7, Questionnaires.complete(), Channel.ONLINE))
                .isInstanceOf(NotFoundException.class);
        assertThat(q.answers.submissions.byRespondent).isEmpty();
    }
}
