package org.parindex.survey.questionnaire.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parindex.survey.platform.TextParts;

class PendingAnswerSetTest {

    @Test
    void aSetComesBackAsItWentInAcrossParts() {
        List<SurveyAnswer> answers = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            answers.add(SurveyAnswer.of(7, "HDND_TINH", "HD-2023-P01", "Q" + (i % 20 + 1), "LV1.2." + (i % 9),
                    "SỞ_" + i, "ABCDE".substring(i % 5, i % 5 + 1)));
        }
        PendingAnswerSet set = new PendingAnswerSet(7, "HDND_TINH", answers);
        List<String> parts = set.encode();
        assertThat(parts).hasSizeGreaterThan(1).allMatch(p -> p.length() <= TextParts.PART_LENGTH)
                .allMatch(p -> p.endsWith("\n"));
        PendingAnswerSet back = PendingAnswerSet.decode(7, "HDND_TINH", parts);
        assertThat(back.answers()).hasSize(2_000);
        for (int i = 0; i < answers.size(); i++) {
            SurveyAnswer a = answers.get(i);
            SurveyAnswer b = back.answers().get(i);
            assertThat(List.of(b.campaignId(), b.group(), b.questionnaire(), b.question(), b.criterion(), b.unit(),
                    b.option())).isEqualTo(List.of(a.campaignId(), a.group(), a.questionnaire(), a.question(),
                    a.criterion(), a.unit(), a.option()));
        }
    }

    @Test
    void answersOfAnotherGroupOrACodeWithATabAreRefused() {
        SurveyAnswer other = SurveyAnswer.of(7, "MTTQ", "F", "Q1", "C", "U", "A");
        assertThatThrownBy(() -> new PendingAnswerSet(7, "HDND_TINH", List.of(other)))
                .isInstanceOf(IllegalArgumentException.class);
        SurveyAnswer tab = SurveyAnswer.of(7, "HDND_TINH", "F", "Q\t1", "C", "U", "A");
        assertThatThrownBy(() -> new PendingAnswerSet(7, "HDND_TINH", List.of(tab)).encode())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tab");
    }

    @Test
    void aDamagedPartIsRefusedRatherThanMisread() {
        assertThatThrownBy(() -> PendingAnswerSet.decode(7, "G", List.of("F\tQ1\tC\tU\tA")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PendingAnswerSet.decode(7, "G", List.of("F\tQ1\tC\tA\n")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
