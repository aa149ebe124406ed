package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parindex.scoring.WorkedExample.d;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AwardRuleTest {

    private static final AwardRule.Levels LEVELS = AwardRule.levels(
            AwardRule.Level.of("ON_TIME", "Đúng hạn", "1"),
            AwardRule.Level.of("LATE", "Chậm", "0.5"),
            AwardRule.Level.of("NONE", "Không", "0"));
    private static final AwardRule.Bands BANDS = AwardRule.bands(
            AwardRule.Band.of("100", "3"), AwardRule.Band.of("95", "2"), AwardRule.Band.of("90", "1"));

    @Test
    void levelsAwardTheLevelsPoints() {
        assertThat(LEVELS.points("ON_TIME", d("1"))).isEqualByComparingTo("1");
        assertThat(LEVELS.points(" LATE ", d("1"))).isEqualByComparingTo("0.5");
        assertThat(LEVELS.points("NONE", d("1"))).isEqualByComparingTo("0");
    }

    @Test
    void levelsRejectAnUnknownLevelCodeNamingTheKnownOnes() {
        assertThatThrownBy(() -> LEVELS.points("SOON", d("1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown level code \"SOON\" (known: ON_TIME, LATE, NONE)");
        assertThat(LEVELS.checkFigure("late")).contains("unknown level code \"late\" (known: ON_TIME, LATE, NONE)");
        assertThat(LEVELS.checkFigure("LATE")).isEmpty();
    }

    @Test
    void levelsRejectDuplicateCodesAndNoLevels() {
        assertThatThrownBy(() -> AwardRule.levels(AwardRule.Level.of("A", "", "1"), AwardRule.Level.of("A", "", "0")))
                .hasMessage("duplicate level code: A");
        assertThatThrownBy(() -> new AwardRule.Levels(List.of())).hasMessage("levels is empty");
        assertThatThrownBy(() -> AwardRule.Level.of("A", "", "-1")).hasMessage("points (level A) must be >= 0: -1");
    }

    @Test
    void bandBoundariesAreInclusive() {
        BigDecimal max = d("3");
        assertThat(BANDS.points("100", max)).isEqualByComparingTo("3");
        assertThat(BANDS.points("120", max)).isEqualByComparingTo("3");
        assertThat(BANDS.points("99.99", max)).isEqualByComparingTo("2");
        assertThat(BANDS.points("95", max)).isEqualByComparingTo("2");
        assertThat(BANDS.points("95.00", max)).isEqualByComparingTo("2");
        assertThat(BANDS.points("94.999", max)).isEqualByComparingTo("1");
        assertThat(BANDS.points("90", max)).isEqualByComparingTo("1");
        assertThat(BANDS.points("89.99", max)).isEqualByComparingTo("0");
        assertThat(BANDS.points("0", max)).isEqualByComparingTo("0");
        assertThat(BANDS.points("97.4%", max)).isEqualByComparingTo("2");
    }

    @Test
    void bandsGiveOtherwiseBelowTheLowestBand() {
        AwardRule.Bands withFloor = new AwardRule.Bands(BANDS.bands(), d("0.5"));

        assertThat(withFloor.points("50", d("3"))).isEqualByComparingTo("0.5");
    }

    @Test
    void bandsRejectRatesThatAreNotNonNegativeNumbers() {
        assertThat(BANDS.checkFigure("abc")).contains("rate is not a number: \"abc\"");
        assertThat(BANDS.checkFigure("-1")).contains("rate must be >= 0: -1");
        assertThatThrownBy(() -> AwardRule.bands(AwardRule.Band.of("90", "1"), AwardRule.Band.of("90.0", "2")))
                .hasMessage("duplicate band min: 90.0");
    }

    @Test
    void bandsAreKeptFromTheHighestMin() {
        AwardRule.Bands shuffled = AwardRule.bands(AwardRule.Band.of("90", "1"), AwardRule.Band.of("100", "3"),
                AwardRule.Band.of("95", "2"));

        assertThat(shuffled).isEqualTo(BANDS);
        assertThat(shuffled.points("96", d("3"))).isEqualByComparingTo("2");
    }

    @Test
    void ratioIsAchievedOverRequiredTimesMax() {
        assertThat(AwardRule.ratio().points("18/20", d("2"))).isEqualByComparingTo("1.8");
        assertThat(AwardRule.ratio().points(" 18 / 20 ", d("2"))).isEqualByComparingTo("1.8");
    }

    @Test
    void ratioIsCappedAtMax() {
        assertThat(AwardRule.ratio().points("25/20", d("2"))).isEqualByComparingTo("2");
        assertThat(AwardRule.ratio().points("20/20", d("2"))).isEqualByComparingTo("2");
    }

    @Test
    void ratioWithNothingRequiredGivesMax() {
        assertThat(AwardRule.ratio().points("0/0", d("2"))).isEqualByComparingTo("2");
        assertThat(AwardRule.ratio().points("3/0", d("2"))).isEqualByComparingTo("2");
    }

    @Test
    void ratioWithoutFiniteDecimalIsGivenToThirtyFourDigits() {
        assertThat(AwardRule.ratio().points("1/3", d("2")).toPlainString())
                .isEqualTo("0.6666666666666666666666666666666667");
    }

    @Test
    void ratioRejectsFiguresThatAreNotAchievedOverRequired() {
        assertThat(AwardRule.ratio().checkFigure("0.9"))
                .contains("RATIO figure must be achieved/required, e.g. 18/20: \"0.9\"");
        assertThat(AwardRule.ratio().checkFigure("-1/2")).contains("achieved must be >= 0: -1");
        assertThat(AwardRule.ratio().checkFigure("1/x")).contains("required is not a number: \"x\"");
    }

    @Test
    void deductionSubtractsPerViolationWithAFloorOfZero() {
        AwardRule.Deduction rule = AwardRule.deduction(d("0.5"));

        assertThat(rule.points("0", d("2"))).isEqualByComparingTo("2");
        assertThat(rule.points("1", d("2"))).isEqualByComparingTo("1.5");
        assertThat(rule.points("4", d("2"))).isEqualByComparingTo("0");
        assertThat(rule.points("5", d("2"))).isEqualByComparingTo("0");
        assertThat(rule.points("1000", d("2"))).isEqualByComparingTo("0");
    }

    @Test
    void deductionNeedsWholeCountsAndAPositivePenalty() {
        assertThat(AwardRule.deduction(d("0.5")).checkFigure("1.5"))
                .contains("violation count must be a whole number: \"1.5\"");
        assertThat(AwardRule.deduction(d("0.5")).checkFigure("2.0")).isEmpty();
        assertThatThrownBy(() -> AwardRule.deduction(BigDecimal.ZERO)).hasMessage("perViolation must be > 0: 0");
    }

    @Test
    void bonusIsCappedAtTheLeafsMax() {
        assertThat(AwardRule.bonus().points("1.5", d("2"))).isEqualByComparingTo("1.5");
        assertThat(AwardRule.bonus().points("2", d("2"))).isEqualByComparingTo("2");
        assertThat(AwardRule.bonus().points("5", d("2"))).isEqualByComparingTo("2");
        assertThat(AwardRule.bonus().checkFigure("-1")).contains("bonus points must be >= 0: -1");
    }

    @Test
    void blankFiguresAreRejected() {
        assertThatThrownBy(() -> AwardRule.bonus().points(" ", d("2"))).hasMessage("BONUS figure is blank");
    }

    @Test
    void describesItselfInVietnamese() {
        assertThat(LEVELS.describe()).isEqualTo("theo mức: ON_TIME (Đúng hạn) = 1; LATE (Chậm) = 0.5; NONE (Không) = 0");
        assertThat(BANDS.describe()).isEqualTo("theo tỷ lệ: ≥ 100% → 3; ≥ 95% → 2; ≥ 90% → 1; thấp hơn → 0");
        assertThat(AwardRule.deduction(d("0.5")).describe()).isEqualTo("trừ 0.5 điểm cho mỗi vi phạm, thấp nhất 0");
        assertThat(List.of(LEVELS, BANDS, AwardRule.ratio(), AwardRule.deduction(d("1")), AwardRule.bonus()))
                .extracting(AwardRule::type).containsExactly("LEVELS", "BANDS", "RATIO", "DEDUCTION", "BONUS");
    }
}
