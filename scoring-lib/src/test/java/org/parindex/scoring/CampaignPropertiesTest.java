package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parindex.scoring.WorkedExample.d;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of scoring that must hold for any input. */
class CampaignPropertiesTest {

    /** The worked example's framework plus a bonus leaf, under a given policy. */
    static Framework framework(ScoringPolicy policy) {
        Framework base = WorkedExample.framework(policy);
        Framework.Builder b = Framework.builder("PROP", "Thuộc tính", "DEPARTMENT", d("15")).policy(policy)
                .scale(WorkedExample.fiveLevels()).areas(base.areas());
        return b.area(Area.of("T", "Điểm thưởng", Criterion.leaf(Leaf.bonus("T.1", "Sáng kiến", d("1.5")))))
                .build();
    }

    /** One unit's generated input. */
    record UnitInput(List<Integer> percents, List<Boolean> evidence, List<Boolean> notApplicable,
                     List<List<Integer>> s1, List<List<Integer>> s2) {
    }

    record Input(ScoringPolicy policy, List<UnitInput> units) {

        Framework framework() {
            return CampaignPropertiesTest.framework(policy);
        }

        List<Assessment> assessments() {
            Framework f = framework();
            List<Leaf> scored = f.leaves().stream().filter(l -> !l.isSurvey()).toList();
            List<Assessment> rows = new ArrayList<>();
            for (int u = 0; u < units.size(); u++) {
                UnitInput in = units.get(u);
                for (int i = 0; i < scored.size(); i++) {
                    Leaf leaf = scored.get(i);
                    BigDecimal points = leaf.maxPoints().multiply(BigDecimal.valueOf(in.percents().get(i)))
                            .movePointLeft(2);
                    rows.add(Assessment.builder(code(u), leaf.code()).selfScore(leaf.maxPoints())
                            .appraisedScore(points).notApplicable(in.notApplicable().get(i))
                            .evidence(in.evidence().get(i) ? "Báo cáo" : null).build());
                }
            }
            return rows;
        }

        SurveyTally tally() {
            SurveyTally.Builder b = SurveyTally.builder();
            List<String> options = WorkedExample.fiveLevels().optionCodes();
            for (int u = 0; u < units.size(); u++) {
                for (int g = 0; g < 2; g++) {
                    for (int o = 0; o < options.size(); o++) {
                        b.add(code(u), "S1", "G" + g, options.get(o), units.get(u).s1().get(g).get(o));
                        b.add(code(u), "S2", "G" + g, options.get(o), units.get(u).s2().get(g).get(o));
                    }
                }
            }
            return b.build();
        }

        CampaignResult score(List<Assessment> rows) {
            return Campaign.builder(framework()).assessments(rows).tally(tally()).build().score();
        }
    }

    static String code(int unit) {
        return "U" + unit;
    }

    @Provide
    Arbitrary<Input> inputs() {
        Arbitrary<ScoringPolicy> policies = Combinators.combine(
                Arbitraries.of(ScoringPolicy.SurveyConversion.class),
                Arbitraries.of(ScoringPolicy.BelowMinimum.class),
                Arbitraries.of(ScoringPolicy.MissingEvidence.class),
                Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(0, 100))
                .as((conversion, below, evidence, min, threshold) -> ScoringPolicy.builder()
                        .surveyConversion(conversion).belowMinimum(below).missingEvidence(evidence)
                        .minValidAnswers(min).positiveThreshold(BigDecimal.valueOf(threshold, 2))
                        .groupWeight("G1", BigDecimal.valueOf(threshold % 4)).build());
        Arbitrary<List<Integer>> counts = Arbitraries.integers().between(0, 4).list().ofSize(6);
        Arbitrary<UnitInput> unit = Combinators.combine(
                Arbitraries.integers().between(0, 100).list().ofSize(6),
                Arbitraries.of(true, false).list().ofSize(6),
                Arbitraries.integers().between(0, 9).map(i -> i == 0).list().ofSize(6),
                counts.list().ofSize(2),
                counts.list().ofSize(2))
                .as(UnitInput::new)
                // A unit whose every leaf is not applicable has no index; keep the first leaf applicable.
                .map(in -> {
                    List<Boolean> na = new ArrayList<>(in.notApplicable());
                    na.set(0, false);
                    return new UnitInput(in.percents(), in.evidence(), na, in.s1(), in.s2());
                });
        return Combinators.combine(policies, unit.list().ofMinSize(1).ofMaxSize(5)).as(Input::new);
    }

    @Property(tries = 300)
    void indexIsAlwaysWithinZeroAndHundred(@ForAll("inputs") Input input) {
        CampaignResult result = input.score(input.assessments());

        assertThat(result.units()).allSatisfy(u -> {
            assertThat(u.index()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            assertThat(u.total()).isLessThanOrEqualTo(u.maxPoints());
            u.areas().stream().filter(a -> a.subIndex() != null)
                    .forEach(a -> assertThat(a.subIndex()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
        });
    }

    @Property(tries = 300)
    void raisingOneAppraisedScoreNeverLowersThatUnitsIndex(@ForAll("inputs") Input input,
                                                          @ForAll @IntRange(max = 1000) int which,
                                                          @ForAll @IntRange(min = 1, max = 100) int raise) {
        List<Assessment> rows = input.assessments();
        int i = which % rows.size();
        Assessment row = rows.get(i);
        BigDecimal max = input.framework().leaf(row.item()).orElseThrow().maxPoints();
        BigDecimal higher = row.appraisedScore().add(max.multiply(BigDecimal.valueOf(raise)).movePointLeft(2)).min(max);
        List<Assessment> raised = new ArrayList<>(rows);
        raised.set(i, row.withAppraisedScore(higher));

        UnitResult before = input.score(rows).unit(row.unit()).orElseThrow();
        UnitResult after = input.score(raised).unit(row.unit()).orElseThrow();

        assertThat(after.unroundedIndex()).isGreaterThanOrEqualTo(before.unroundedIndex());
        assertThat(after.index()).isGreaterThanOrEqualTo(before.index());
    }

    @Property(tries = 300)
    void markingALeafNotApplicableForOneUnitChangesNoOtherUnitsPoints(@ForAll("inputs") Input input,
                                                                      @ForAll @IntRange(max = 1000) int which) {
        List<Assessment> rows = input.assessments();
        int i = which % rows.size();
        Assessment row = rows.get(i);
        List<Assessment> changed = new ArrayList<>(rows);
        changed.set(i, row.withNotApplicable(!row.notApplicable()));
        boolean leavesNothing = changed.stream().filter(a -> a.unit().equals(row.unit()))
                .allMatch(Assessment::notApplicable);
        if (leavesNothing) {
            return; // that unit would have no index at all; covered by CampaignTest
        }

        CampaignResult before = input.score(rows);
        CampaignResult after = input.score(changed);

        for (UnitResult other : before.units()) {
            if (other.code().equals(row.unit())) {
                continue;
            }
            UnitResult same = after.unit(other.code()).orElseThrow();
            assertThat(same.leaves()).isEqualTo(other.leaves());
            assertThat(same.total()).isEqualTo(other.total());
            assertThat(same.maxPoints()).isEqualTo(other.maxPoints());
            assertThat(same.index()).isEqualTo(other.index());
        }
    }
}
