package org.parindex.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tallied survey answers (kết quả điều tra xã hội học): per (unit, SURVEY leaf, respondent group, option) how
 * many answers. Blank answers are simply not tallied; "don't know" answers are tallied under their unscored
 * option. Immutable; built with {@link #builder()} from rows of counts or from single answers.
 *
 * <pre>{@code
 * SurveyTally tally = SurveyTally.builder()
 *         .add("SO_X", "S1", null, "VG", 5)
 *         .answer("SO_X", "S1", "HDND_TINH", "G")     // one answer
 *         .build();
 * }</pre>
 */
public final class SurveyTally {

    private static final SurveyTally EMPTY = new SurveyTally(Map.of(), 0);

    /** unit → leaf → cells. */
    private final Map<String, Map<String, Cells>> byUnit;
    private final long answers;

    private SurveyTally(Map<String, Map<String, Cells>> byUnit, long answers) {
        this.byUnit = byUnit;
        this.answers = answers;
    }

    /** No answers at all. */
    public static SurveyTally empty() {
        return EMPTY;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Total number of answers tallied (scored or not). */
    public long answers() {
        return answers;
    }

    /** Codes of the units that have answers, sorted. */
    public Set<String> units() {
        return new TreeSet<>(byUnit.keySet());
    }

    /** Every count, sorted by unit, item, group (none first), option. */
    public List<TallyCount> counts() {
        List<TallyCount> all = new ArrayList<>();
        byUnit.forEach((unit, leaves) -> leaves.forEach((item, cells) -> cells.appendTo(unit, item, all)));
        all.sort(ORDER);
        return List.copyOf(all);
    }

    /** The counts about leaf {@code item} of unit {@code unit}, sorted by group and option. */
    public List<TallyCount> countsFor(String unit, String item) {
        Cells cells = cells(unit, item);
        if (cells == null) {
            return List.of();
        }
        List<TallyCount> list = new ArrayList<>(cells.size);
        cells.appendTo(unit, item, list);
        list.sort(ORDER);
        return List.copyOf(list);
    }

    /** The leaves with answers about {@code unit}, with their cells, or null. */
    Map<String, Cells> leavesOf(String unit) {
        return byUnit.get(unit);
    }

    /** The cells of one (unit, leaf), or null. */
    Cells cells(String unit, String item) {
        Map<String, Cells> leaves = byUnit.get(unit);
        return leaves == null ? null : leaves.get(item);
    }

    private static final Comparator<TallyCount> ORDER = Comparator.comparing(TallyCount::unit)
            .thenComparing(TallyCount::item)
            .thenComparing(TallyCount::group, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(TallyCount::option);

    @Override
    public boolean equals(Object o) {
        return o instanceof SurveyTally t && counts().equals(t.counts());
    }

    @Override
    public int hashCode() {
        return counts().hashCode();
    }

    @Override
    public String toString() {
        return "SurveyTally[" + answers + " answers, " + byUnit.size() + " units]";
    }

    /**
     * The counts of one (unit, leaf): a few (group, option) cells, searched linearly — there are rarely more
     * than a few dozen — which keeps a national tally compact.
     */
    static final class Cells {
        String[] groups = new String[8];
        String[] options = new String[8];
        long[] counts = new long[8];
        int size;

        void add(String group, String option, long count) {
            for (int i = 0; i < size; i++) {
                if (Objects.equals(groups[i], group) && options[i].equals(option)) {
                    counts[i] = Math.addExact(counts[i], count);
                    return;
                }
            }
            if (size == groups.length) {
                groups = java.util.Arrays.copyOf(groups, size * 2);
                options = java.util.Arrays.copyOf(options, size * 2);
                counts = java.util.Arrays.copyOf(counts, size * 2);
            }
            groups[size] = group;
            options[size] = option;
            counts[size] = count;
            size++;
        }

        Cells copy() {
            Cells c = new Cells();
            c.groups = java.util.Arrays.copyOf(groups, size);
            c.options = java.util.Arrays.copyOf(options, size);
            c.counts = java.util.Arrays.copyOf(counts, size);
            c.size = size;
            return c;
        }

        void appendTo(String unit, String item, List<TallyCount> list) {
            for (int i = 0; i < size; i++) {
                list.add(new TallyCount(unit, item, groups[i], options[i], counts[i]));
            }
        }
    }

    /** Builds a {@link SurveyTally}; counts of the same (unit, item, group, option) add up. */
    public static final class Builder {

        private final Map<String, Map<String, Cells>> byUnit = new HashMap<>();
        private long answers;

        private Builder() {
        }

        /**
         * Adds {@code count} answers.
         *
         * @param group respondent group code, or {@code null}/blank
         * @throws IllegalArgumentException if a code is blank or {@code count} is negative, naming it
         */
        public Builder add(String unit, String item, String group, String option, long count) {
            Require.text(unit, "unit");
            Require.text(item, "item (unit " + unit + ")");
            Require.text(option, "option (unit " + unit + ", item " + item + ")");
            if (count < 0) {
                throw new IllegalArgumentException("count must be >= 0 (unit " + unit + ", item " + item
                        + ", option " + option + "): " + count);
            }
            String g = group == null || group.isBlank() ? null : group;
            byUnit.computeIfAbsent(unit, u -> new HashMap<>()).computeIfAbsent(item, i -> new Cells())
                    .add(g, option, count);
            answers = Math.addExact(answers, count);
            return this;
        }

        /** Adds one row of counts. */
        public Builder add(TallyCount count) {
            Objects.requireNonNull(count, "count == null");
            return add(count.unit(), count.item(), count.group(), count.option(), count.count());
        }

        /** Adds one respondent's answer. */
        public Builder answer(String unit, String item, String group, String option) {
            return add(unit, item, group, option, 1);
        }

        /** The tally; the builder can go on being used. */
        public SurveyTally build() {
            if (byUnit.isEmpty()) {
                return EMPTY;
            }
            Map<String, Map<String, Cells>> copy = new HashMap<>(byUnit.size() * 2);
            byUnit.forEach((unit, leaves) -> {
                Map<String, Cells> leafCopy = new HashMap<>(leaves.size() * 2);
                leaves.forEach((item, cells) -> leafCopy.put(item, cells.copy()));
                copy.put(unit, leafCopy);
            });
            return new SurveyTally(copy, answers);
        }
    }
}
