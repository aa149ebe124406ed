package org.parindex.survey.scores.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.Assessment;

class ScoreEntryTest {

    static final LocalDateTime T0 = LocalDateTime.of(2024, 1, 5, 9, 0);
    static final LocalDateTime T1 = T0.plusHours(1);

    @Test
    void keepsPointsWithoutTrailingZerosSoThatEqualScoresCompareEqual() {
        ScoreEntry e = new ScoreEntry(1, Assessment.scored("SO_X", "1.2", "1.50", "100"), T0, "thuky");

        assertThat(e.value().selfScore()).hasToString("1.5");
        assertThat(e.value().appraisedScore()).hasToString("100");
        assertThat(e.holds(Assessment.scored("SO_X", "1.2", "1.5", "100.00"))).isTrue();
        assertThat(e.holds(Assessment.scored("SO_X", "1.2", "1.5", "99"))).isFalse();
    }

    @Test
    void reviseReportsAChangeAndWhoMadeItButNotARewriteOfTheSameValue() {
        ScoreEntry e = new ScoreEntry(1, Assessment.builder("SO_X", "1.1.1").appraisedFigure("LATE").build(), T0,
                "thuky");

        assertThat(e.revise(Assessment.builder("SO_X", "1.1.1").appraisedFigure("LATE").build(), T1, "admin"))
                .isFalse();
        assertThat(e.updatedBy()).isEqualTo("thuky");
        assertThat(e.revise(Assessment.builder("SO_X", "1.1.1").appraisedFigure("ON_TIME").evidence("QĐ 1").build(),
                T1, "admin")).isTrue();
        assertThat(e.updatedBy()).isEqualTo("admin");
        assertThat(e.updatedAt()).isEqualTo(T1);
        assertThat(e.value().evidence()).isEqualTo("QĐ 1");
    }

    @Test
    void aRowKeepsItsUnitAndItem() {
        ScoreEntry e = new ScoreEntry(1, Assessment.scored("SO_X", "1.2", "1", "1"), T0, "thuky");

        assertThatThrownBy(() -> e.revise(Assessment.scored("SO_Y", "1.2", "1", "1"), T1, "thuky"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SO_X/1.2");
    }
}
