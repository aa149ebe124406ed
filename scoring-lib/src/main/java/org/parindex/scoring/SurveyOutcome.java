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
 * unscored ones, per respondent group, and the ratio of the max earned. Immutable; held compactly (a national
 * campaign has a hundred thousand of these), its maps and lists are built when asked for.
 */
public final class SurveyOutcome {

    private final ScoringPolicy policy;
    private final long answers;
    private final long validAnswers;
    private final long unscoredAnswers;
    private final String[] optionCodes;
    /** Answers per option, then (group number, valid answers, coefficient sum) per group with valid answers. */
    private final long[] data;
    private final Fraction ratio;
    /** Group codes by group number ("" for answers without group). */
    private final String[] groupCodes;
    private final int sumDecimals;

    SurveyOutcome(ScoringPolicy policy, long answers, long validAnswers, long unscoredAnswers, String[] optionCodes,
                  long[] data, Fraction ratio, String[] groupCodes, int sumDecimals) {
        this.policy = Objects.requireNonNull(policy, "policy == null");
        this.answers = answers;
        this.validAnswers = validAnswers;
        this.unscoredAnswers = unscoredAnswers;
        this.optionCodes = optionCodes;
        this.data = data;
        this.ratio = ratio;
        this.groupCodes = groupCodes;
        this.sumDecimals = sumDecimals;
    }

    /** The conversion used. */
    public ScoringPolicy.SurveyConversion conversion() {
        return policy.surveyConversion();
    }

    /** All answers tallied (scored and unscored). */
    public long answers() {
        return answers;
    }

    /** Answers that count: scored options (under {@code GROUP_MEAN}, in groups with weight &gt; 0). */
    public long validAnswers() {
        return validAnswers;
    }

    /** "Don't know" answers, counted but excluded. */
    public long unscoredAnswers() {
        return unscoredAnswers;
    }

    /** Answers per option code, in scale order, every option of the scale (zeros included). */
    public Map<String, Long> optionCounts() {
        Map<String, Long> map = new LinkedHashMap<>(optionCodes.length * 2);
        for (int i = 0; i < optionCodes.length; i++) {
            map.put(optionCodes[i], data[i]);
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
        boolean weighed = policy.surveyConversion() == ScoringPolicy.SurveyConversion.GROUP_MEAN;
        for (int at = optionCodes.length; at < data.length; at += 3) {
            String code = groupCodes[(int) data[at]];
            list.add(new GroupOutcome(code.isEmpty() ? null : code, data[at + 1],
                    BigDecimal.valueOf(data[at + 2], sumDecimals), weighed ? policy.groupWeight(code) : BigDecimal.ONE));
        }
        return List.copyOf(list);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SurveyOutcome s && conversion() == s.conversion() && answers == s.answers
                && validAnswers == s.validAnswers && unscoredAnswers == s.unscoredAnswers
                && optionCounts().equals(s.optionCounts()) && Objects.equals(ratio, s.ratio)
                && groups().equals(s.groups());
    }

    @Override
    public int hashCode() {
        return Objects.hash(conversion(), answers, validAnswers, unscoredAnswers, ratio);
    }

    @Override
    public String toString() {
        return "SurveyOutcome[" + conversion() + ", " + answers + " answers, " + validAnswers + " valid, ratio "
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
