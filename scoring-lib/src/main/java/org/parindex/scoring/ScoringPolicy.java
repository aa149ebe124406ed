package org.parindex.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every choice the public sources leave open, as data of a framework, with the defaults of the domain brief.
 * Immutable; build with {@link #builder()} or start from {@link #defaults()}.
 *
 * <ul>
 *   <li>rounding: only the displayed index and sub-indices are rounded ({@link #roundingScale()} decimals,
 *       {@link #roundingMode()}); all arithmetic is exact. Default 2, {@code HALF_UP}.</li>
 *   <li>{@link #missingEvidence()}: whether an APPRAISED leaf with neither evidence nor explanation scores 0.
 *       Default {@link MissingEvidence#APPRAISER_DECIDES}.</li>
 *   <li>survey: {@link #surveyConversion()} (default {@link SurveyConversion#MEAN_COEFFICIENT}),
 *       {@link #groupWeights()} for {@code GROUP_MEAN} (missing groups weigh 1), {@link #positiveThreshold()} for
 *       {@code POSITIVE_SHARE} (default 0.60), {@link #minValidAnswers()} per leaf per unit (default 1) and
 *       {@link #belowMinimum()} (default {@link BelowMinimum#EXCLUDE}).</li>
 *   <li>ranking: {@link #ties()} (default {@link Ties#SHARE}) and {@link #rankWithin()} (default
 *       {@link RankWithin#LEVEL}).</li>
 *   <li>{@link #bands()}: classification, default A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 0.</li>
 * </ul>
 */
public final class ScoringPolicy {

    /** What an APPRAISED leaf with neither evidence nor explanation scores. */
    public enum MissingEvidence {
        /** The appraised score stands (the appraiser has already taken the missing evidence into account). */
        APPRAISER_DECIDES,
        /** The leaf scores 0, whatever was appraised. */
        ZERO
    }

    /** How tallied answers become a SURVEY leaf's points. */
    public enum SurveyConversion {
        /** {@code max × mean coefficient} over the valid answers. */
        MEAN_COEFFICIENT,
        /** Mean coefficient per respondent group first, then the groups' weighted mean, times max. */
        GROUP_MEAN,
        /** {@code max × share of valid answers whose coefficient ≥ positiveThreshold}. */
        POSITIVE_SHARE
    }

    /** What happens to a SURVEY leaf of a unit with fewer valid answers than {@code minValidAnswers}. */
    public enum BelowMinimum {
        /** The leaf leaves that unit's max (and achieved). */
        EXCLUDE,
        /** The leaf scores 0 and keeps its max. */
        ZERO
    }

    /** How units with equal unrounded indices are ranked. */
    public enum Ties {
        /** They share a rank: 1, 2, 2, 4. */
        SHARE,
        /** Then by unit code: 1, 2, 3, 4. */
        BY_CODE
    }

    /** Which units are ranked together. */
    public enum RankWithin {
        /** One ranking for all units of the framework's level. */
        LEVEL,
        /** One ranking per parent unit, e.g. communes within their district. */
        PARENT
    }

    private static final ScoringPolicy DEFAULTS = builder().build();

    private final int roundingScale;
    private final RoundingMode roundingMode;
    private final MissingEvidence missingEvidence;
    private final SurveyConversion surveyConversion;
    private final Map<String, BigDecimal> groupWeights;
    private final BigDecimal positiveThreshold;
    private final int minValidAnswers;
    private final BelowMinimum belowMinimum;
    private final Ties ties;
    private final RankWithin rankWithin;
    private final List<ClassificationBand> bands;

    private ScoringPolicy(Builder b) {
        this.roundingScale = b.roundingScale;
        this.roundingMode = b.roundingMode;
        this.missingEvidence = b.missingEvidence;
        this.surveyConversion = b.surveyConversion;
        this.groupWeights = java.util.Collections.unmodifiableMap(new TreeMap<>(b.groupWeights));
        this.positiveThreshold = b.positiveThreshold;
        this.minValidAnswers = b.minValidAnswers;
        this.belowMinimum = b.belowMinimum;
        this.ties = b.ties;
        this.rankWithin = b.rankWithin;
        this.bands = b.bands.stream().sorted(Comparator.comparing(ClassificationBand::minIndex).reversed()).toList();
    }

    /** The brief's defaults: 2 decimals HALF_UP, appraiser decides, mean coefficient, 1 answer, EXCLUDE, SHARE… */
    public static ScoringPolicy defaults() {
        return DEFAULTS;
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this policy's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.roundingScale = roundingScale;
        b.roundingMode = roundingMode;
        b.missingEvidence = missingEvidence;
        b.surveyConversion = surveyConversion;
        b.groupWeights.putAll(groupWeights);
        b.positiveThreshold = positiveThreshold;
        b.minValidAnswers = minValidAnswers;
        b.belowMinimum = belowMinimum;
        b.ties = ties;
        b.rankWithin = rankWithin;
        b.bands = new ArrayList<>(bands);
        return b;
    }

    /** Decimals of the displayed index and sub-indices (default 2). */
    public int roundingScale() {
        return roundingScale;
    }

    /** Rounding of the displayed index and sub-indices (default {@code HALF_UP}). */
    public RoundingMode roundingMode() {
        return roundingMode;
    }

    /** See {@link MissingEvidence}. */
    public MissingEvidence missingEvidence() {
        return missingEvidence;
    }

    /** See {@link SurveyConversion}. */
    public SurveyConversion surveyConversion() {
        return surveyConversion;
    }

    /** Weights of respondent groups for {@code GROUP_MEAN}, by group code; a group not listed weighs 1. */
    public Map<String, BigDecimal> groupWeights() {
        return groupWeights;
    }

    /** The weight of {@code group} under {@code GROUP_MEAN}: its configured weight, or 1. */
    public BigDecimal groupWeight(String group) {
        return groupWeights.getOrDefault(group, BigDecimal.ONE);
    }

    /** Lowest coefficient that counts as positive under {@code POSITIVE_SHARE} (default 0.60). */
    public BigDecimal positiveThreshold() {
        return positiveThreshold;
    }

    /** Fewest valid answers a SURVEY leaf needs per unit (default 1). */
    public int minValidAnswers() {
        return minValidAnswers;
    }

    /** See {@link BelowMinimum}. */
    public BelowMinimum belowMinimum() {
        return belowMinimum;
    }

    /** See {@link Ties}. */
    public Ties ties() {
        return ties;
    }

    /** See {@link RankWithin}. */
    public RankWithin rankWithin() {
        return rankWithin;
    }

    /** Classification bands, highest {@code minIndex} first; may be empty (no classification). */
    public List<ClassificationBand> bands() {
        return bands;
    }

    /** The band a rounded index falls in: the highest {@code minIndex} it reaches, boundary included. */
    public Optional<ClassificationBand> bandOf(BigDecimal roundedIndex) {
        Objects.requireNonNull(roundedIndex, "roundedIndex == null");
        for (ClassificationBand band : bands) {
            if (roundedIndex.compareTo(band.minIndex()) >= 0) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScoringPolicy p && roundingScale == p.roundingScale && roundingMode == p.roundingMode
                && missingEvidence == p.missingEvidence && surveyConversion == p.surveyConversion
                && groupWeights.equals(p.groupWeights) && positiveThreshold.compareTo(p.positiveThreshold) == 0
                && minValidAnswers == p.minValidAnswers && belowMinimum == p.belowMinimum && ties == p.ties
                && rankWithin == p.rankWithin && bands.equals(p.bands);
    }

    @Override
    public int hashCode() {
        return Objects.hash(roundingScale, roundingMode, missingEvidence, surveyConversion, groupWeights,
                positiveThreshold.stripTrailingZeros(), minValidAnswers, belowMinimum, ties, rankWithin, bands);
    }

    @Override
    public String toString() {
        return "ScoringPolicy[rounding=" + roundingScale + " " + roundingMode + ", missingEvidence=" + missingEvidence
                + ", survey=" + surveyConversion + " weights=" + groupWeights + " threshold="
                + positiveThreshold.toPlainString() + " min=" + minValidAnswers + " " + belowMinimum
                + ", ties=" + ties + ", rankWithin=" + rankWithin + ", bands=" + bands + "]";
    }

    /** Builds a {@link ScoringPolicy}; starts from the defaults, every setter checks its argument. */
    public static final class Builder {

        private int roundingScale = 2;
        private RoundingMode roundingMode = RoundingMode.HALF_UP;
        private MissingEvidence missingEvidence = MissingEvidence.APPRAISER_DECIDES;
        private SurveyConversion surveyConversion = SurveyConversion.MEAN_COEFFICIENT;
        private final Map<String, BigDecimal> groupWeights = new TreeMap<>();
        private BigDecimal positiveThreshold = new BigDecimal("0.60");
        private int minValidAnswers = 1;
        private BelowMinimum belowMinimum = BelowMinimum.EXCLUDE;
        private Ties ties = Ties.SHARE;
        private RankWithin rankWithin = RankWithin.LEVEL;
        private List<ClassificationBand> bands = new ArrayList<>(List.of(
                ClassificationBand.of("A", "Nhóm A (Tốt)", "90"),
                ClassificationBand.of("B", "Nhóm B (Khá)", "80"),
                ClassificationBand.of("C", "Nhóm C (Trung bình)", "70"),
                ClassificationBand.of("D", "Nhóm D (Dưới trung bình)", "0")));

        private Builder() {
        }

        /** Rounding of the displayed index: {@code scale} in [0, 10] decimals, {@code mode} not UNNECESSARY. */
        public Builder rounding(int scale, RoundingMode mode) {
            if (scale < 0 || scale > 10) {
                throw new IllegalArgumentException("rounding scale must be in [0, 10]: " + scale);
            }
            Objects.requireNonNull(mode, "mode == null");
            if (mode == RoundingMode.UNNECESSARY) {
                throw new IllegalArgumentException("rounding mode must round: " + mode);
            }
            this.roundingScale = scale;
            this.roundingMode = mode;
            return this;
        }

        /** See {@link MissingEvidence}. */
        public Builder missingEvidence(MissingEvidence value) {
            this.missingEvidence = Objects.requireNonNull(value, "missingEvidence == null");
            return this;
        }

        /** See {@link SurveyConversion}. */
        public Builder surveyConversion(SurveyConversion value) {
            this.surveyConversion = Objects.requireNonNull(value, "surveyConversion == null");
            return this;
        }

        /** Weight of respondent group {@code group} under {@code GROUP_MEAN}; at least 0. */
        public Builder groupWeight(String group, BigDecimal weight) {
            Require.text(group, "group");
            Require.nonNegative(weight, "weight of group " + group);
            groupWeights.put(group, weight);
            return this;
        }

        /** Lowest positive coefficient under {@code POSITIVE_SHARE}, in [0, 1]. */
        public Builder positiveThreshold(BigDecimal value) {
            Require.nonNegative(value, "positiveThreshold");
            if (value.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("positiveThreshold must be in [0, 1]: " + value.toPlainString());
            }
            this.positiveThreshold = value;
            return this;
        }

        /** Fewest valid answers per SURVEY leaf per unit, at least 1. */
        public Builder minValidAnswers(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("minValidAnswers must be >= 1: " + value);
            }
            this.minValidAnswers = value;
            return this;
        }

        /** See {@link BelowMinimum}. */
        public Builder belowMinimum(BelowMinimum value) {
            this.belowMinimum = Objects.requireNonNull(value, "belowMinimum == null");
            return this;
        }

        /** See {@link Ties}. */
        public Builder ties(Ties value) {
            this.ties = Objects.requireNonNull(value, "ties == null");
            return this;
        }

        /** See {@link RankWithin}. */
        public Builder rankWithin(RankWithin value) {
            this.rankWithin = Objects.requireNonNull(value, "rankWithin == null");
            return this;
        }

        /** Replaces the classification bands; codes and {@code minIndex} values unique; may be empty. */
        public Builder bands(List<ClassificationBand> value) {
            List<ClassificationBand> copy = Require.list(value, "bands");
            Set<String> codes = new HashSet<>();
            Set<BigDecimal> mins = new HashSet<>();
            for (ClassificationBand b : copy) {
                if (!codes.add(b.code())) {
                    throw new IllegalArgumentException("duplicate band code: " + b.code());
                }
                if (!mins.add(b.minIndex().stripTrailingZeros())) {
                    throw new IllegalArgumentException("duplicate band minIndex: " + b.minIndex().toPlainString());
                }
            }
            this.bands = new ArrayList<>(copy);
            return this;
        }

        /** The policy. */
        public ScoringPolicy build() {
            return new ScoringPolicy(this);
        }
    }
}
