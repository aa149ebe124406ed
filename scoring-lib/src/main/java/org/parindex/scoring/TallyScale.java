package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * One answer scale read through one tally: the scale's options as arrays (coefficients as whole numbers of
 * {@code 10^-decimals}, so that sums over answers are {@code long} additions), which option of the scale each option
 * code of the tally is, and the tally's groups in code order. Shared by every survey leaf on the scale, and by their
 * {@link SurveyOutcome}s, which read their counts through it when asked.
 */
final class TallyScale {

    final SurveyTally tally;
    final String[] codes;
    final boolean[] scored;
    final long[] units;
    final boolean[] positive;
    final int decimals;
    /** For each option code numbered by the tally, its index on the scale (-1 when not on it). */
    final int[] toScale;
    /** The tally's group numbers sorted by group code (answers without group first). */
    final int[] groupOrder;
    /** Group codes by group number, "" for answers without group. */
    final String[] groupCodes;

    TallyScale(AnswerScale scale, BigDecimal positiveThreshold, SurveyTally tally) {
        this.tally = tally;
        int n = scale.options().size();
        codes = new String[n];
        scored = new boolean[n];
        units = new long[n];
        positive = new boolean[n];
        int maxScale = 0;
        for (AnswerOption o : scale.options()) {
            if (o.coefficient() != null) {
                maxScale = Math.max(maxScale, o.coefficient().stripTrailingZeros().scale());
            }
        }
        decimals = Math.max(maxScale, 0);
        for (int i = 0; i < n; i++) {
            AnswerOption o = scale.options().get(i);
            codes[i] = o.code();
            scored[i] = o.coefficient() != null;
            units[i] = o.coefficient() == null ? 0 : o.coefficient().movePointRight(decimals).longValueExact();
            positive[i] = o.coefficient() != null && o.coefficient().compareTo(positiveThreshold) >= 0;
        }
        toScale = new int[tally.optionCount()];
        for (int o = 0; o < toScale.length; o++) {
            toScale[o] = Arrays.asList(codes).indexOf(tally.option(o));
        }
        groupCodes = new String[tally.groupCount()];
        for (int g = 0; g < groupCodes.length; g++) {
            String code = tally.group(g);
            groupCodes[g] = code == null ? "" : code;
        }
        groupOrder = IntStream.range(0, groupCodes.length).boxed()
                .sorted(Comparator.comparing(g -> groupCodes[g])).mapToInt(Integer::intValue).toArray();
    }

    /** {@code sum × 10^-decimals} exactly. */
    Fraction fraction(long sum) {
        return Fraction.ofDecimal(sum, decimals);
    }
}
