package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parindex.scoring.WorkedExample.d;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of scoring that must hold for any input, checked on seeded random inputs: each seed gives the same
 * input on every run, and a failure names its seed ({@code seed=…} in the test name and the assertion), so it can be
 * replayed with {@link #input(long)}.
 */
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

    /** How many random inputs each property is checked on. */
    static final int TRIES = 300;

    /** The seeds: fixed, so that every run checks the same inputs. */
    static LongStream seeds() {
        return LongStream.range(0, TRIES).map(i -> 0x5EED_0000L + i);
    }

    /** The random input of {@code seed}: a policy and one to five units. */
    static Input input(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        ScoringPolicy.SurveyConversion[] conversions = ScoringPolicy.SurveyConversion.values();
        ScoringPolicy.BelowMinimum[] belows = ScoringPolicy.BelowMinimum.values();
        ScoringPolicy.MissingEvidence[] evidences = ScoringPolicy.MissingEvidence.values();
        int threshold = r.nextInt(0, 101);
        ScoringPolicy policy = ScoringPolicy.builder()
                .surveyConversion(conversions[r.nextInt(conversions.length)])
                .belowMinimum(belows[r.nextInt(belows.length)])
                .missingEvidence(evidences[r.nextInt(evidences.length)])
                .minValidAnswers(r.nextInt(1, 13)).positiveThreshold(BigDecimal.valueOf(threshold, 2))
                .groupWeight("G1", BigDecimal.valueOf(threshold % 4)).build();
        List<UnitInput> units = new ArrayList<>();
        for (int u = r.nextInt(1, 6); u > 0; u--) {
            List<Integer> percents = new ArrayList<>();
            List<Boolean> evidence = new ArrayList<>();
            List<Boolean> notApplicable = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                percents.add(r.nextInt(0, 101));
                evidence.add(r.nextBoolean());
                // A unit whose every leaf is not applicable has no index; keep the first leaf applicable.
                notApplicable.add(i > 0 && r.nextInt(10) == 0);
            }
            units.add(new UnitInput(percents, evidence, notApplicable, counts(r), counts(r)));
        }
        return new Input(policy, units);
    }

    /** Answer counts 0..4 per group (2) and option (6). */
    private static List<List<Integer>> counts(SplittableRandom r) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int g = 0; g < 2; g++) {
            List<Integer> options = new ArrayList<>();
            for (int o = 0; o < 6; o++) {
                options.add(r.nextInt(0, 5));
            }
            groups.add(options);
        }
        return groups;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void indexIsAlwaysWithinZeroAndHundred(long seed) {
        Input input = input(seed);
        CampaignResult result = input.score(input.assessments());

        assertThat(result.units()).as("seed=%d", seed).allSatisfy(u -> {
            assertThat(u.index()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            assertThat(u.total()).isLessThanOrEqualTo(u.maxPoints());
            u.areas().stream().filter(a -> a.subIndex() != null)
                    .forEach(a -> assertThat(a.subIndex()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
        });
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void raisingOneAppraisedScoreNeverLowersThatUnitsIndex(long seed) {
        Input input = input(seed);
        SplittableRandom r = new SplittableRandom(~seed);
        int which = r.nextInt(0, 1001);
        int raise = r.nextInt(1, 101);
        List<Assessment> rows = input.assessments();
        int i = which % rows.size();
        Assessment row = rows.get(i);
        BigDecimal max = input.framework().leaf(row.item()).orElseThrow().maxPoints();
        BigDecimal higher = row.appraisedScore().add(max.multiply(BigDecimal.valueOf(raise)).movePointLeft(2)).min(max);
        List<Assessment> raised = new ArrayList<>(rows);
        raised.set(i, row.withAppraisedScore(higher));

        UnitResult before = input.score(rows).unit(row.unit()).orElseThrow();
        UnitResult after = input.score(raised).unit(row.unit()).orElseThrow();

        assertThat(after.unroundedIndex()).as("seed=%d, row %d raised by %d%%", seed, i, raise)
                .isGreaterThanOrEqualTo(before.unroundedIndex());
        assertThat(after.index()).as("seed=%d, row %d raised by %d%%", seed, i, raise)
                .isGreaterThanOrEqualTo(before.index());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void markingALeafNotApplicableForOneUnitChangesNoOtherUnitsPoints(long seed) {
        Input input = input(seed);
        int which = new SplittableRandom(~seed).nextInt(0, 1001);
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
            String why = "seed=" + seed + ", row " + i + " of unit " + row.unit() + " flipped; unit " + other.code();
            assertThat(same.leaves()).as(why).isEqualTo(other.leaves());
            assertThat(same.total()).as(why).isEqualTo(other.total());
            assertThat(same.maxPoints()).as(why).isEqualTo(other.maxPoints());
            assertThat(same.index()).as(why).isEqualTo(other.index());
        }
    }
}
