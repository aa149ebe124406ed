package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a SURVEY leaf's answers about one unit were converted into points.
 *
 * @param conversion      the conversion used
 * @param answers         all answers tallied (scored and unscored)
 * @param validAnswers    answers that count: scored options (under {@code GROUP_MEAN}, in groups with weight &gt; 0)
 * @param unscoredAnswers "don't know" answers, counted but excluded
 * @param optionCounts    answers per option code, in scale order (every option of the scale, zeros included)
 * @param ratio           the share of the max earned — mean coefficient, weighted group mean or positive share —
 *                        or {@code null} without valid answers; exact, or to 34 digits when not a finite decimal
 * @param groups          per respondent group, sorted by code (a single entry with group {@code null} when answers
 *                        carry no group)
 */
public record SurveyOutcome(ScoringPolicy.SurveyConversion conversion, long answers, long validAnswers,
                            long unscoredAnswers, Map<String, Long> optionCounts, BigDecimal ratio,
                            List<GroupOutcome> groups) {

    public SurveyOutcome {
        Objects.requireNonNull(conversion, "conversion == null");
        optionCounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(optionCounts));
        groups = List.copyOf(groups);
    }

    /** The ratio, if there were valid answers. */
    public Optional<BigDecimal> ratioValue() {
        return Optional.ofNullable(ratio);
    }

    /**
     * One respondent group's answers about the leaf.
     *
     * @param group           group code, or {@code null} for answers without group
     * @param validAnswers    scored answers of the group
     * @param meanCoefficient their mean coefficient, or {@code null} without valid answers
     * @param weight          the group's weight under {@code GROUP_MEAN} (1 otherwise)
     */
    public record GroupOutcome(String group, long validAnswers, BigDecimal meanCoefficient, BigDecimal weight) {
    }
}
