package org.parindex.survey.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CampaignStatusTest {

    @Test
    void anOpenSurveyTakesAnswersThroughEveryChannel() {
        assertThat(CampaignStatus.OPEN.takesAnswers(Channel.ONLINE)).isTrue();
        assertThat(CampaignStatus.OPEN.takesAnswers(Channel.PAPER)).isTrue();
    }

    @Test
    void aClosedSurveyStillTakesPaperQuestionnairesUntilPublished() {
        assertThat(CampaignStatus.CLOSED.takesAnswers(Channel.ONLINE)).isFalse();
        assertThat(CampaignStatus.CLOSED.takesAnswers(Channel.PAPER)).isTrue();
        assertThat(CampaignStatus.PUBLISHED.takesAnswers(Channel.PAPER)).isFalse();
    }

    @Test
    void aDraftTakesNoAnswersAndHasNotStarted() {
        assertThat(CampaignStatus.DRAFT.takesAnswers(Channel.ONLINE)).isFalse();
        assertThat(CampaignStatus.DRAFT.takesAnswers(Channel.PAPER)).isFalse();
        assertThat(CampaignStatus.DRAFT.surveyStarted()).isFalse();
        assertThat(CampaignStatus.CLOSED.surveyStarted()).isTrue();
    }

    @Test
    void rejectsAMissingChannel() {
        assertThatThrownBy(() -> CampaignStatus.OPEN.takesAnswers(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("channel == null");
    }
}
