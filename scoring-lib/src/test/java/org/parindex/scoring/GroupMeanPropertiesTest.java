package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parindex.scoring.WorkedExample.UNIT;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of per-group weighting ({@code GROUP_MEAN}: the mean coefficient of each respondent group first, then
 * the groups' weighted mean) on seeded random tallies of leaf S1 of the {@link WorkedExample}: 1–4 groups, counts
 * 0–9 per option, weights 0–5. The seeds are fixed, so every run checks the same inputs.
 */
class GroupMeanPropertiesTest {

    private static final String[] OPTIONS = {"VG", "G", "F", "A", "P", "DK"};
    private static final BigDecimal[] COEFFICIENTS = {new BigDecimal("1.00"), new BigDecimal("0.75"),
        new BigDecimal("0.50"), new BigDecimal("0.25"), BigDecimal.ZERO};
    private static final BigDecimal MAX = new BigDecimal("3.0");

    static LongStream seeds() {
        return LongStream.range(0, 200).map(i -> 0x6A0F_0000L + i);
    }

    /** Counts per group and option (the last option, DK, is unscored). */
    private record Input(int[][] counts, int[] weights) {

        SurveyTally tally(int groupScale) {
            SurveyTally.Builder b = SurveyTally.builder();
            for (int g = 0; g < counts.length; g++) {
                for (int o = 0; o < OPTIONS.length; o++) {
                    b.add(UNIT, "S1", "G" + g, OPTIONS[o], (long) counts[g][o] * (g == 0 ? groupScale : 1));
                }
            }
            return b.build();
        }

        ScoringPolicy groupMean(int weightScale) {
            ScoringPolicy.Builder p = ScoringPolicy.builder().surveyConversion(ScoringPolicy.SurveyConversion.GROUP_MEAN);
            for (int g = 0; g < weights.length; g++) {
                p.groupWeight("G" + g, BigDecimal.valueOf((long) weights[g] * weightScale));
            }
            return p.build();
        }

        int valid(int g) {
            int n = 0;
            for (int o = 0; o < COEFFICIENTS.length; o++) {
                n += counts[g][o];
            }
            return n;
        }

        /** max × the group's mean coefficient, for a group with valid answers. */
        BigDecimal groupPoints(int g) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int o = 0; o < COEFFICIENTS.length; o++) {
                sum = sum.add(COEFFICIENTS[o].multiply(BigDecimal.valueOf(counts[g][o])));
            }
            return MAX.multiply(sum).divide(BigDecimal.valueOf(valid(g)), MathContext.DECIMAL128);
        }
    }

    private static Input input(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int groups = r.nextInt(1, 5);
        int[][] counts = new int[groups][OPTIONS.length];
        int[] weights = new int[groups];
        for (int g = 0; g < groups; g++) {
            for (int o = 0; o < OPTIONS.length; o++) {
                counts[g][o] = r.nextInt(0, 10);
            }
            weights[g] = r.nextInt(0, 6);
        }
        weights[0] = Math.max(1, weights[0]);
        counts[0][0] = Math.max(1, counts[0][0]);  // group G0 always has a valid answer and weight > 0
        return new Input(counts, weights);
    }

    private static BigDecimal points(ScoringPolicy policy, SurveyTally tally) {
        return WorkedExample.score(policy, tally).unit(UNIT).orElseThrow().leaf("S1").orElseThrow().points();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void scalingEveryWeightChangesNothing(long seed) {
        Input in = input(seed);
        assertThat(points(in.groupMean(7), in.tally(1))).as("seed=%d", seed)
                .isEqualByComparingTo(points(in.groupMean(1), in.tally(1)));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void aGroupAnsweringMoreOftenDoesNotWeighMore(long seed) {
        Input in = input(seed);
        assertThat(points(in.groupMean(1), in.tally(5))).as("seed=%d", seed)
                .isEqualByComparingTo(points(in.groupMean(1), in.tally(1)));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void liesBetweenTheLowestAndHighestGroupThatCounts(long seed) {
        Input in = input(seed);
        List<BigDecimal> groupPoints = new ArrayList<>();
        for (int g = 0; g < in.counts().length; g++) {
            if (in.weights()[g] > 0 && in.valid(g) > 0) {
                groupPoints.add(in.groupPoints(g));
            }
        }
        BigDecimal p = points(in.groupMean(1), in.tally(1));
        assertThat(p).as("seed=%d", seed)
                .isBetween(groupPoints.stream().min(BigDecimal::compareTo).orElseThrow().subtract(new BigDecimal("1e-20")),
                        groupPoints.stream().max(BigDecimal::compareTo).orElseThrow().add(new BigDecimal("1e-20")));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void weighingGroupsByTheirValidAnswersIsThePooledMean(long seed) {
        Input in = input(seed);
        int[] byAnswers = new int[in.counts().length];
        for (int g = 0; g < byAnswers.length; g++) {
            byAnswers[g] = in.valid(g);
        }
        Input answerWeighted = new Input(in.counts(), byAnswers);
        assertThat(points(answerWeighted.groupMean(1), in.tally(1))).as("seed=%d", seed)
                .isEqualByComparingTo(points(ScoringPolicy.defaults(), in.tally(1)));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void oneGroupAloneIsThePooledMean(long seed) {
        Input in = input(seed);
        Input alone = new Input(new int[][] {in.counts()[0]}, new int[] {in.weights()[0]});
        assertThat(points(alone.groupMean(1), alone.tally(1))).as("seed=%d", seed)
                .isEqualByComparingTo(points(ScoringPolicy.defaults(), alone.tally(1)));
    }
}
