package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parindex.scoring.WorkedExample.UNIT;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LeafResultTest {

    private static LeafResult result(Leaf leaf, String self, String appraised, String points) {
        return new LeafResult(leaf, LeafStatus.SCORED, Fraction.of(leaf.maxPoints()),
                self == null ? null : Fraction.of(new BigDecimal(self)),
                appraised == null ? null : Fraction.of(new BigDecimal(appraised)), null,
                Fraction.of(new BigDecimal(points)), null, null);
    }

    @Test
    void pointsLostAreMaxMinusPoints() {
        assertThat(result(Leaf.appraised("1", "", new BigDecimal("2")), "2", "1.5", "1.5").pointsLost())
                .isEqualByComparingTo("0.5");
    }

    @Test
    void bonusIsNeverLost() {
        assertThat(result(Leaf.bonus("T", "", new BigDecimal("2")), null, "0.5", "0.5").pointsLost())
                .isEqualByComparingTo("0");
    }

    @Test
    void appraisalCutNeedsBothValues() {
        Leaf leaf = Leaf.appraised("1", "", new BigDecimal("2"));

        assertThat(result(leaf, "2", "1.5", "1.5").appraisalCut()).contains(new BigDecimal("0.5"));
        assertThat(result(leaf, "1", "1.5", "1.5").appraisalCut()).contains(new BigDecimal("-0.5"));
        assertThat(result(leaf, null, "1.5", "1.5").appraisalCut()).isEmpty();
    }

    @Test
    void givesDecimalsWithoutTrailingZeros() {
        LeafResult r = result(Leaf.appraised("1", "", new BigDecimal("2.00")), "2.00", "1.50", "1.50");

        assertThat(r.maxPoints()).hasToString("2");
        assertThat(r.points()).hasToString("1.5");
    }

    @Test
    void keepsTheRowsFiguresEvidenceAndExplanation() {
        LeafResult l11 = WorkedExample.score(ScoringPolicy.defaults(), WorkedExample.answers()).unit(UNIT)
                .orElseThrow().leaf("1.1").orElseThrow();

        assertThat(l11.selfFigure()).isNull();
        assertThat(l11.appraisedFigure()).isEqualTo("LATE");
        assertThat(l11.evidence()).isEqualTo("QĐ 15/QĐ-SX ngày 20/01");
        assertThat(l11.explanation()).isNull();
        assertThat(l11.surveyOutcome()).isEmpty();
        assertThat(l11).hasToString("LeafResult[1.1 SCORED 0.5/1]");
    }
}
