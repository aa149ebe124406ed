package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parindex.scoring.WorkedExample.UNIT;
import static org.parindex.scoring.WorkedExample.d;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignTest {

    private static UnitResult workedExample(ScoringPolicy policy, SurveyTally tally) {
        return WorkedExample.score(policy, tally).unit(UNIT).orElseThrow();
    }

    @Test
    void reproducesTheWorkedExampleOfTheBrief() {
        UnitResult r = workedExample(ScoringPolicy.defaults(), WorkedExample.answers());

        assertThat(r.leaf("1.1").orElseThrow().points()).isEqualByComparingTo("0.5");
        assertThat(r.leaf("1.2").orElseThrow().points()).isEqualByComparingTo("1.8");
        assertThat(r.leaf("3.1").orElseThrow().points()).isEqualByComparingTo("2.0");
        assertThat(r.leaf("3.2").orElseThrow().points()).isEqualByComparingTo("1.5");
        assertThat(r.leaf("3.3").orElseThrow().points()).isEqualByComparingTo("0");
        assertThat(r.leaf("S1").orElseThrow().points()).isEqualByComparingTo("2.55");
        assertThat(r.leaf("S2").orElseThrow().points()).isEqualByComparingTo("2.025");
        assertThat(r.total()).isEqualByComparingTo("10.375");
        assertThat(r.maxPoints()).isEqualByComparingTo("15");
        assertThat(r.index()).isEqualTo(new BigDecimal("69.17"));
        assertThat(r.unroundedIndex().toPlainString()).startsWith("69.16666666666");
    }

    @Test
    void selfScoresGiveNinetyPointFiftyInTheWorkedExample() {
        UnitResult r = workedExample(ScoringPolicy.defaults(), WorkedExample.answers());

        assertThat(r.selfTotal()).isEqualByComparingTo("13.575");
        assertThat(r.selfIndex()).isEqualTo(new BigDecimal("90.50"));
    }

    @Test
    void excludePolicyDropsASurveyLeafWithoutValidAnswersFromTheMax() {
        ScoringPolicy exclude = ScoringPolicy.builder().belowMinimum(ScoringPolicy.BelowMinimum.EXCLUDE).build();

        UnitResult r = workedExample(exclude, WorkedExample.answers(false));

        assertThat(r.maxPoints()).isEqualByComparingTo("12");
        assertThat(r.total()).isEqualByComparingTo("8.35");
        assertThat(r.index()).isEqualTo(new BigDecimal("69.58"));
        LeafResult s2 = r.leaf("S2").orElseThrow();
        assertThat(s2.status()).isEqualTo(LeafStatus.EXCLUDED);
        assertThat(s2.maxPoints()).isEqualByComparingTo("0");
        assertThat(s2.survey().unscoredAnswers()).isEqualTo(3);
        assertThat(s2.survey().validAnswers()).isZero();
    }

    @Test
    void zeroPolicyScoresASurveyLeafWithoutValidAnswersZeroAndKeepsItsMax() {
        ScoringPolicy zero = ScoringPolicy.builder().belowMinimum(ScoringPolicy.BelowMinimum.ZERO).build();

        UnitResult r = workedExample(zero, WorkedExample.answers(false));

        assertThat(r.maxPoints()).isEqualByComparingTo("15");
        assertThat(r.index()).isEqualTo(new BigDecimal("55.67"));
        assertThat(r.leaf("S2").orElseThrow().status()).isEqualTo(LeafStatus.TOO_FEW_ANSWERS);
        assertThat(r.leaf("S2").orElseThrow().pointsLost()).isEqualByComparingTo("3");
    }

    @Test
    void minValidAnswersCountsOnlyScoredAnswers() {
        ScoringPolicy atLeastEleven = ScoringPolicy.builder().minValidAnswers(11).build();

        UnitResult r = workedExample(atLeastEleven, WorkedExample.answers());

        // S1 has 12 answers but 2 are "don't know": 10 valid < 11.
        assertThat(r.leaf("S1").orElseThrow().status()).isEqualTo(LeafStatus.EXCLUDED);
        assertThat(r.leaf("S2").orElseThrow().status()).isEqualTo(LeafStatus.EXCLUDED);
        assertThat(r.maxPoints()).isEqualByComparingTo("9");
        assertThat(r.index()).isEqualTo(new BigDecimal("64.44"));
    }

    @Test
    void areaSubIndicesAreAchievedOverMaxPerArea() {
        UnitResult r = workedExample(ScoringPolicy.defaults(), WorkedExample.answers());

        assertThat(r.area("1").orElseThrow().points()).isEqualByComparingTo("4.85");
        assertThat(r.area("1").orElseThrow().subIndex()).isEqualTo(new BigDecimal("80.83"));
        assertThat(r.area("3").orElseThrow().points()).isEqualByComparingTo("5.525");
        assertThat(r.area("3").orElseThrow().subIndex()).isEqualTo(new BigDecimal("61.39"));
        CriterionResult tthc = r.area("3").orElseThrow().criteria().get(0);
        assertThat(tthc.code()).isEqualTo("TTHC");
        assertThat(tthc.points()).isEqualByComparingTo("3.5");
        assertThat(tthc.pointsLost()).isEqualByComparingTo("2.5");
    }

    @Test
    void roundingFollowsThePolicy() {
        ScoringPolicy threeDown = ScoringPolicy.builder().rounding(3, java.math.RoundingMode.DOWN).build();

        assertThat(workedExample(threeDown, WorkedExample.answers()).index()).isEqualTo(new BigDecimal("69.166"));
    }

    @Test
    void notApplicableLeafLeavesAchievedAndMax() {
        List<Assessment> rows = new ArrayList<>(WorkedExample.assessments());
        rows.set(4, Assessment.notApplicable(UNIT, "3.3"));

        UnitResult r = Campaign.builder(WorkedExample.framework()).assessments(rows).tally(WorkedExample.answers())
                .build().score().unit(UNIT).orElseThrow();

        assertThat(r.maxPoints()).isEqualByComparingTo("14");
        assertThat(r.total()).isEqualByComparingTo("10.375");
        assertThat(r.index()).isEqualTo(new BigDecimal("74.11"));
        assertThat(r.leaf("3.3").orElseThrow().status()).isEqualTo(LeafStatus.NOT_APPLICABLE);
        assertThat(r.leaf("3.3").orElseThrow().pointsLost()).isEqualByComparingTo("0");
    }

    @Test
    void appraisedLeafWithoutAppraisedValueCountsZeroAndKeepsTheSelfScore() {
        List<Assessment> rows = new ArrayList<>(WorkedExample.assessments());
        rows.set(0, Assessment.scored(UNIT, "1.1", "1", null));

        LeafResult l11 = Campaign.builder(WorkedExample.framework()).assessments(rows)
                .tally(WorkedExample.answers()).build().score().unit(UNIT).orElseThrow().leaf("1.1").orElseThrow();

        assertThat(l11.status()).isEqualTo(LeafStatus.NOT_APPRAISED);
        assertThat(l11.points()).isEqualByComparingTo("0");
        assertThat(l11.selfPoints()).isEqualByComparingTo("1");
    }

    @Test
    void missingEvidenceZeroPolicyZeroesAppraisedLeavesWithNeitherEvidenceNorExplanation() {
        ScoringPolicy zero = ScoringPolicy.builder().missingEvidence(ScoringPolicy.MissingEvidence.ZERO).build();
        List<Assessment> rows = new ArrayList<>(WorkedExample.assessments());
        rows.set(4, Assessment.builder(UNIT, "3.3").selfScore("1").appraisedScore("1").build());
        rows.add(Assessment.builder("SO_W", "3.3").selfScore("1").appraisedScore("1")
                .explanation("Đã niêm yết tại trụ sở, chưa có văn bản").build());

        CampaignResult result = Campaign.builder(WorkedExample.framework(zero)).assessments(rows).build().score();

        LeafResult withoutEvidence = result.unit(UNIT).orElseThrow().leaf("3.3").orElseThrow();
        assertThat(withoutEvidence.status()).isEqualTo(LeafStatus.NO_EVIDENCE);
        assertThat(withoutEvidence.points()).isEqualByComparingTo("0");
        assertThat(withoutEvidence.appraisedPoints()).isEqualByComparingTo("1");
        assertThat(result.unit("SO_W").orElseThrow().leaf("3.3").orElseThrow().points()).isEqualByComparingTo("1");
    }

    @Test
    void appraiserDecidesPolicyKeepsTheAppraisedScoreWithoutEvidence() {
        List<Assessment> rows = new ArrayList<>(WorkedExample.assessments());
        rows.set(4, Assessment.builder(UNIT, "3.3").selfScore("1").appraisedScore("1").build());

        LeafResult l33 = Campaign.builder(WorkedExample.framework()).assessments(rows).build().score().unit(UNIT)
                .orElseThrow().leaf("3.3").orElseThrow();

        assertThat(l33.status()).isEqualTo(LeafStatus.SCORED);
        assertThat(l33.points()).isEqualByComparingTo("1");
    }

    @Test
    void unitWithoutAnyRowScoresZeroOnAppraisedLeaves() {
        List<Unit> units = List.of(Unit.of(UNIT, "Sở X", "DEPARTMENT"), Unit.of("SO_V", "Sở V", "DEPARTMENT"));

        CampaignResult result = Campaign.builder(WorkedExample.framework()).units(units)
                .assessments(WorkedExample.assessments()).tally(WorkedExample.answers()).build().score();

        UnitResult v = result.unit("SO_V").orElseThrow();
        assertThat(v.leaf("1.1").orElseThrow().status()).isEqualTo(LeafStatus.NOT_APPRAISED);
        assertThat(v.maxPoints()).isEqualByComparingTo("9");
        assertThat(v.index()).isEqualTo(new BigDecimal("0.00"));
        assertThat(v.unit().name()).isEqualTo("Sở V");
    }

    @Test
    void unitsOfOtherLevelsAreNotScoredButMayBeParents() {
        List<Unit> units = List.of(Unit.of("TINH", "UBND tỉnh", "PROVINCE"),
                new Unit(UNIT, "Sở X", "DEPARTMENT", "TINH"));

        CampaignResult result = Campaign.builder(WorkedExample.framework()).units(units)
                .assessments(WorkedExample.assessments()).tally(WorkedExample.answers()).build().score();

        assertThat(result.units()).extracting(UnitResult::code).containsExactly(UNIT);
    }

    @Test
    void bonusIsOutsideTheDeclaredTotalAndTheTotalIsCappedAtTheMax() {
        Framework f = Framework.builder("B", "Có điểm thưởng", "DEPARTMENT", d("10"))
                .area(Area.of("1", "Một", Criterion.leaf(Leaf.appraised("1.1", "Việc", d("10")))))
                .area(Area.of("T", "Điểm thưởng", Criterion.leaf(Leaf.bonus("T.1", "Sáng kiến", d("2")))))
                .build();
        Campaign c = Campaign.builder(f)
                .assessment(Assessment.scored("U1", "1.1", "9", "9.5"))
                .assessment(Assessment.builder("U1", "T.1").appraisedFigure("5").build())
                .assessment(Assessment.scored("U2", "1.1", "7", "7"))
                .assessment(Assessment.builder("U2", "T.1").appraisedFigure("1.5").build())
                .build();

        CampaignResult r = c.score();

        UnitResult u1 = r.unit("U1").orElseThrow();
        assertThat(u1.leaf("T.1").orElseThrow().points()).isEqualByComparingTo("2");
        assertThat(u1.bonusPoints()).isEqualByComparingTo("2");
        assertThat(u1.maxPoints()).isEqualByComparingTo("10");
        assertThat(u1.total()).isEqualByComparingTo("10");
        assertThat(u1.index()).isEqualTo(new BigDecimal("100.00"));
        UnitResult u2 = r.unit("U2").orElseThrow();
        assertThat(u2.total()).isEqualByComparingTo("8.5");
        assertThat(u2.index()).isEqualTo(new BigDecimal("85.00"));
        assertThat(u2.area("T").orElseThrow().subIndex()).isNull();
        assertThat(u2.area("T").orElseThrow().bonusPoints()).isEqualByComparingTo("1.5");
    }

    @Test
    void sharedTiesGiveRanksOneTwoTwoFour() {
        CampaignResult r = ranking(ScoringPolicy.defaults(), "U_A", "8", "U_B", "6", "U_C", "6", "U_D", "3");

        assertThat(r.units()).extracting(UnitResult::code, UnitResult::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("U_A", 1),
                        org.assertj.core.groups.Tuple.tuple("U_B", 2), org.assertj.core.groups.Tuple.tuple("U_C", 2),
                        org.assertj.core.groups.Tuple.tuple("U_D", 4));
        assertThat(r.units()).allSatisfy(u -> assertThat(u.rankedAmong()).isEqualTo(4));
    }

    @Test
    void tiesByCodeBreakEqualIndicesByUnitCode() {
        ScoringPolicy byCode = ScoringPolicy.builder().ties(ScoringPolicy.Ties.BY_CODE).build();

        CampaignResult r = ranking(byCode, "U_D", "3", "U_C", "6", "U_B", "6", "U_A", "8");

        assertThat(r.units()).extracting(UnitResult::code).containsExactly("U_A", "U_B", "U_C", "U_D");
        assertThat(r.units()).extracting(UnitResult::rank).containsExactly(1, 2, 3, 4);
    }

    @Test
    void tiesCompareTheUnroundedIndexNotTheRoundedOne() {
        // 2/3 and 0.6667 both round to 66.67 but are not equal.
        Framework f = Framework.builder("R", "Xếp hạng", "DEPARTMENT", d("3"))
                .area(Area.of("1", "Một", Criterion.leaf(Leaf.appraised("1.1", "Việc", d("3")))))
                .build();
        CampaignResult r = Campaign.builder(f)
                .assessment(Assessment.scored("U_A", "1.1", null, "2"))
                .assessment(Assessment.scored("U_B", "1.1", null, "2.0001"))
                .build().score();

        assertThat(r.units()).extracting(UnitResult::index)
                .containsExactly(new BigDecimal("66.67"), new BigDecimal("66.67"));
        assertThat(r.units()).extracting(UnitResult::code, UnitResult::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("U_B", 1),
                        org.assertj.core.groups.Tuple.tuple("U_A", 2));
    }

    @Test
    void rankWithinParentRanksEachParentsUnitsSeparately() {
        Framework f = Framework.builder("XA", "Cấp xã", "COMMUNE", d("10"))
                .policy(ScoringPolicy.builder().rankWithin(ScoringPolicy.RankWithin.PARENT).build())
                .area(Area.of("1", "Một", Criterion.leaf(Leaf.appraised("1.1", "Việc", d("10")))))
                .build();
        List<Unit> units = List.of(Unit.of("H1", "Huyện 1", "DISTRICT"), Unit.of("H2", "Huyện 2", "DISTRICT"),
                new Unit("X1", "Xã 1", "COMMUNE", "H1"), new Unit("X2", "Xã 2", "COMMUNE", "H1"),
                new Unit("X3", "Xã 3", "COMMUNE", "H2"), new Unit("X4", "Xã 4", "COMMUNE", "H2"),
                new Unit("X5", "Xã 5", "COMMUNE", "H2"));
        CampaignResult r = Campaign.builder(f).units(units)
                .assessment(Assessment.scored("X1", "1.1", null, "5"))
                .assessment(Assessment.scored("X2", "1.1", null, "9"))
                .assessment(Assessment.scored("X3", "1.1", null, "7"))
                .assessment(Assessment.scored("X4", "1.1", null, "8"))
                .assessment(Assessment.scored("X5", "1.1", null, "6"))
                .build().score();

        assertThat(r.units()).extracting(u -> u.code() + ":" + u.rank() + "/" + u.rankedAmong())
                .containsExactly("X2:1/2", "X1:2/2", "X4:1/3", "X3:2/3", "X5:3/3");
    }

    @Test
    void bandsUseTheRoundedIndexWithInclusiveBoundaries() {
        CampaignResult r = ranking(ScoringPolicy.defaults(), "U_A", "9", "U_B", "8.9999", "U_C", "7", "U_D", "6.99");

        assertThat(r.units()).extracting(u -> u.code() + " " + u.index() + " " + u.band().code())
                .containsExactly("U_A 90.00 A", "U_B 90.00 A", "U_C 70.00 C", "U_D 69.90 D");
    }

    @Test
    void unitWithNothingApplicableHasNoIndexAndTheOthersAreRanked() {
        List<Assessment> rows = new java.util.ArrayList<>(WorkedExample.assessments().stream()
                .map(a -> a.withNotApplicable(true)).toList());
        rows.add(Assessment.scored("SO_Y", "1.1", null, "1"));
        rows.add(Assessment.scored("SO_Z", "1.1", null, "0.5"));
        CampaignResult r = Campaign.builder(WorkedExample.framework()).assessments(rows).build().score();

        assertThat(r.units()).extracting(u -> u.code() + " " + u.status() + " " + u.rank() + "/" + u.rankedAmong())
                .containsExactly("SO_Y INDEXED 1/2", "SO_Z INDEXED 2/2", "SO_X NO_INDEX 0/2");
        UnitResult none = r.unit("SO_X").orElseThrow();
        assertThat(none.hasIndex()).isFalse();
        assertThat(none.index()).isNull();
        assertThat(none.indexValue()).isEmpty();
        assertThat(none.unroundedIndex()).isNull();
        assertThat(none.selfIndex()).isNull();
        assertThat(none.bandValue()).isEmpty();
        assertThat(none.maxPoints()).isZero();
        assertThat(r.explain("SO_X").toText()).contains("không có chỉ số (no index)");
    }

    @Test
    void reportsEveryProblemOfTheInputAtOnceWithItemNames() {
        SurveyTally tally = SurveyTally.builder()
                .add(UNIT, "S1", null, "VG", 5)
                .add(UNIT, "S1", null, "ZZ", 1)
                .add(UNIT, "1.1", null, "VG", 1)
                .add(UNIT, "NOPE", null, "VG", 1)
                .add("SO_Q", "S1", null, "VG", 2)
                .build();
        List<Assessment> rows = new ArrayList<>(WorkedExample.assessments());
        rows.add(Assessment.scored(UNIT, "1.2", "2.5", "1"));
        rows.add(Assessment.scored(UNIT, "3.1", "-1", null));
        rows.add(Assessment.scored(UNIT, "S1", null, "3"));
        rows.add(Assessment.scored(UNIT, "9.9", null, "1"));
        rows.add(Assessment.builder(UNIT, "1.1").appraisedFigure("SOON").build());
        rows.add(Assessment.builder(UNIT, "3.2").appraisedFigure("1.5").build());
        rows.add(Assessment.scored(UNIT, "TTHC", null, "1"));

        assertThatThrownBy(() -> Campaign.builder(WorkedExample.framework()).assessments(rows).tally(tally).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString)
                        .containsExactly(
                                "unit SO_X, criterion 1.2: self score 2.5 is above the max 2",
                                "unit SO_X, sub-criterion 3.1: self score -1 is below 0",
                                "unit SO_X, criterion S1: is a SURVEY item, scored from the answers: it takes no "
                                        + "self or appraised value (only not_applicable)",
                                "unit SO_X, item 9.9: no such criterion or sub-criterion in framework TOY-SO",
                                "unit SO_X, criterion 1.1: appraised figure: unknown level code \"SOON\" (known: "
                                        + "ON_TIME, LATE, NONE)",
                                "unit SO_X, sub-criterion 3.2: appraised figure: violation count must be a whole "
                                        + "number: \"1.5\"",
                                "unit SO_X, item TTHC: no such criterion or sub-criterion in framework TOY-SO (it "
                                        + "has sub-criteria: score its sub-criteria)",
                                "answers for unit SO_Q: unknown unit SO_Q",
                                "answers for unit SO_X, item 1.1: criterion 1.1 is scored by APPRAISED, not by the "
                                        + "survey: it takes no answers",
                                "answers for unit SO_X, item NOPE: no such item in framework TOY-SO",
                                "answers for unit SO_X, item S1: option \"ZZ\" is not on scale VGFAP (VG, G, F, A, P, "
                                        + "DK)"));
    }

    @Test
    void reportsAssessmentsGivenTwiceAndUnitsOfTheWrongLevel() {
        List<Unit> units = List.of(Unit.of(UNIT, "Sở X", "DEPARTMENT"), Unit.of("HUYEN", "Huyện", "DISTRICT"),
                Unit.of(UNIT, "Sở X lần hai", "DEPARTMENT"));

        assertThatThrownBy(() -> Campaign.builder(WorkedExample.framework()).units(units)
                .assessment(Assessment.scored(UNIT, "1.1", "1", "1"))
                .assessment(Assessment.scored(UNIT, "1.1", "1", "0.5"))
                .assessment(Assessment.scored("HUYEN", "1.1", "1", "1"))
                .build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString)
                        .containsExactly("unit SO_X: code is used twice",
                                "unit SO_X, criterion 1.1: is assessed twice",
                                "unit HUYEN, item 1.1: unit HUYEN is of level DISTRICT, but framework TOY-SO scores "
                                        + "level DEPARTMENT"));
    }

    @Test
    void answersNeedAGroupWhenTheFrameworkWeighsGroups() {
        ScoringPolicy groupMean = ScoringPolicy.builder()
                .surveyConversion(ScoringPolicy.SurveyConversion.GROUP_MEAN).build();

        assertThatThrownBy(() -> Campaign.builder(WorkedExample.framework(groupMean))
                .assessments(WorkedExample.assessments()).tally(WorkedExample.answers()).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).first()
                        .hasToString("answers for unit SO_X, item S1: group is missing: framework TOY-SO weighs "
                                + "respondent groups (GROUP_MEAN)"));
    }

    @Test
    void scoringTheSameCampaignTwiceGivesEqualResults() {
        Campaign c = Campaign.builder(WorkedExample.framework()).assessments(WorkedExample.assessments())
                .tally(WorkedExample.answers()).build();

        assertThat(c.score().units()).isEqualTo(c.score().units());
    }

    /** One leaf worth 10; units with their appraised points, as code/points pairs. */
    static CampaignResult ranking(ScoringPolicy policy, String... codesAndPoints) {
        Framework f = Framework.builder("R", "Xếp hạng", "DEPARTMENT", d("10")).policy(policy)
                .area(Area.of("1", "Một", Criterion.leaf(Leaf.appraised("1.1", "Việc", d("10")))))
                .build();
        Campaign.Builder b = Campaign.builder(f);
        for (int i = 0; i < codesAndPoints.length; i += 2) {
            b.assessment(Assessment.scored(codesAndPoints[i], "1.1", null, codesAndPoints[i + 1]));
        }
        return b.build().score();
    }
}
