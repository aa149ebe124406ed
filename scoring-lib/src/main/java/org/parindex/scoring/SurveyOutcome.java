package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a SURVEY leaf's answers about one unit were converted into points: the answers per option, the valid and
 * unscored ones, per respondent group, and the ratio of the max earned. Immutable. A national campaign has a
 * hundred thousand of these, so each keeps only its ratio and reads the rest from the campaign's tally when asked.
 */
public final class SurveyOutcome {

    private final ScoringPolicy policy;
    private final TallyScale scale;
    /** The unit's counts in the tally, or null when it has no answers. */
    private final int[] counts;
    /** The leaf's number in the tally, or -1 when nobody answered about it. */
    private final int item;
    private final long validAnswers;
    private final Fraction ratio;

    SurveyOutcome(ScoringPolicy policy, TallyScale scale, int[] counts, int item, long validAnswers,
                  Fraction ratio) {
        this.policy = Objects.requireNonNull(policy, "policy == null");
        this.scale = Objects.requireNonNull(scale, "scale == null");
        this.counts = counts;
        this.item = counts == null ? -1 : item;
        this.validAnswers = validAnswers;
        this.ratio = ratio;
    }

    /** The conversion used. */
    public ScoringPolicy.SurveyConversion conversion() {
        return policy.surveyConversion();
    }

    /** All answers tallied (scored and unscored). */
    public long answers() {
        long total = 0;
        for (long c : perOption()) {
            total += c;
        }
        return total;
    }

    /** Answers that count: scored options (under {@code GROUP_MEAN}, in groups with weight &gt; 0). */
    public long validAnswers() {
        return validAnswers;
    }

    /** "Don't know" answers, counted but excluded. */
    public long unscoredAnswers() {
        long[] perOption = perOption();
        long total = 0;
        for (int i = 0; i < perOption.length; i++) {
            if (!scale.scored[i]) {
                total += perOption[i];
            }
        }
        return total;
    }

    /** Answers per option code, in scale order, every option of the scale (zeros included). */
    public Map<String, Long> optionCounts() {
        long[] perOption = perOption();
        Map<String, Long> map = new LinkedHashMap<>(perOption.length * 2);
        for (int i = 0; i < perOption.length; i++) {
            map.put(scale.codes[i], perOption[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * The share of the max earned — mean coefficient, weighted group mean or positive share — exact, or to 34
     * significant digits when not a finite decimal; {@code null} without valid answers.
     */
    public BigDecimal ratio() {
        return ratio == null ? null : ratio.toBigDecimal();
    }

    /** The ratio, if there were valid answers. */
    public Optional<BigDecimal> ratioValue() {
        return Optional.ofNullable(ratio());
    }

    /** Per respondent group with valid answers, sorted by code (answers without group first). */
    public List<GroupOutcome> groups() {
        List<GroupOutcome> list = new ArrayList<>();
        if (item < 0) {
            return List.of();
        }
        boolean weighed = conversion() == ScoringPolicy.SurveyConversion.GROUP_MEAN;
        for (int g : scale.groupOrder) {
            int at = scale.tally.cell(item, g, 0);
            long valid = 0;
            long sum = 0;
            for (int o = 0; o < scale.toScale.length; o++) {
                int count = counts[at + o];
                int option = scale.toScale[o];
                if (count > 0 && option >= 0 && scale.scored[option]) {
                    valid += count;
                    sum += scale.units[option] * count;
                }
            }
            if (valid > 0) {
                String code = scale.groupCodes[g];
                list.add(new GroupOutcome(code.isEmpty() ? null : code, valid, BigDecimal.valueOf(sum, scale.decimals),
                        weighed ? policy.groupWeight(code) : BigDecimal.ONE));
            }
        }
        return List.copyOf(list);
    }

    private long[] perOption() {
        long[] perOption = new long[scale.codes.length];
        if (item >= 0) {
            for (int g = 0; g < scale.groupCodes.length; g++) {
                int at = scale.tally.cell(item, g, 0);
                for (int o = 0; o < scale.toScale.length; o++) {
                    int count = counts[at + o];
                    if (count > 0 && scale.toScale[o] >= 0) {
                        perOption[scale.toScale[o]] += count;
                    }
                }
            }
        }
        return perOption;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SurveyOutcome s && conversion() == s.conversion() && validAnswers == s.validAnswers
                && Objects.equals(ratio, s.ratio) && optionCounts().equals(s.optionCounts())
                && groups().equals(s.groups());
    }

    @Override
    public int hashCode() {
        return Objects.hash(conversion(), validAnswers, ratio);
    }

    @Override
    public String toString() {
        return "SurveyOutcome[" + conversion() + ", " + answers() + " answers, " + validAnswers + " valid, ratio "
                + ratio() + "]";
    }

    /**
     * One respondent group's answers about the leaf.
     *
     * @param group          group code, or {@code null} for answers without group
     * @param validAnswers   scored answers of the group
     * @param coefficientSum the sum of their coefficients (exact)
     * @param weight         the group's weight under {@code GROUP_MEAN} (1 otherwise)
     */
    public record GroupOutcome(String group, long validAnswers, BigDecimal coefficientSum, BigDecimal weight) {

        /**
         * The group's mean coefficient ({@code coefficientSum / validAnswers}, to 34 significant digits when not a
         * finite decimal), or {@code null} without valid answers.
         */
        public BigDecimal meanCoefficient() {
            return validAnswers == 0 ? null : Fraction.of(coefficientSum).divide(Fraction.of(validAnswers))
                    .toBigDecimal();
        }
    }
}
