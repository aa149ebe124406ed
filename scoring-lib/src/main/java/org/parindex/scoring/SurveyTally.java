package org.parindex.scoring;

import java.util.ArrayList;
import java.util.Arrays;
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
 *
 * <p>Compact for a national campaign: item, group and option codes are numbered once, and each unit holds one
 * flat array of counts indexed by (item, group, option), so that tallying an answer is a few look-ups. A single
 * (unit, item, group, option) cell holds at most {@link Integer#MAX_VALUE} answers.
 */
public final class SurveyTally {

    private static final SurveyTally EMPTY = new SurveyTally(Map.of(), new Codes(), new Codes(), new Codes(), 1, 1,
            0);

    /** unit → counts at {@code (item · groupStride + group) · optionStride + option}; -1 where nothing was tallied. */
    private final Map<String, int[]> byUnit;
    private final Codes items;
    private final Codes groups;
    private final Codes options;
    private final int groupStride;
    private final int optionStride;
    private final long answers;

    private SurveyTally(Map<String, int[]> byUnit, Codes items, Codes groups, Codes options, int groupStride,
                        int optionStride, long answers) {
        this.byUnit = byUnit;
        this.items = items;
        this.groups = groups;
        this.options = options;
        this.groupStride = groupStride;
        this.optionStride = optionStride;
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
        for (String unit : units()) {
            for (String item : itemsOf(unit)) {
                all.addAll(countsFor(unit, item));
            }
        }
        return List.copyOf(all);
    }

    /** The counts about leaf {@code item} of unit {@code unit}, sorted by group (none first) and option. */
    public List<TallyCount> countsFor(String unit, String item) {
        int[] counts = byUnit.get(unit);
        int i = items.find(item);
        if (counts == null || i < 0) {
            return List.of();
        }
        List<TallyCount> list = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            for (int o = 0; o < options.size(); o++) {
                int count = counts[cell(i, g, o)];
                if (count >= 0) {
                    list.add(new TallyCount(unit, item, groups.code(g), options.code(o), count));
                }
            }
        }
        list.sort(Comparator.comparing(TallyCount::group, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(TallyCount::option));
        return List.copyOf(list);
    }

    /** The leaves with answers about {@code unit}, sorted. */
    Set<String> itemsOf(String unit) {
        int[] counts = byUnit.get(unit);
        Set<String> set = new TreeSet<>();
        if (counts != null) {
            for (int i = 0; i < items.size(); i++) {
                if (hasAny(counts, i)) {
                    set.add(items.code(i));
                }
            }
        }
        return set;
    }

    private boolean hasAny(int[] counts, int item) {
        int from = cell(item, 0, 0);
        for (int k = from; k < from + groupStride * optionStride; k++) {
            if (counts[k] >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Every item code that answers name, in order of first appearance. */
    List<String> itemCodes() {
        List<String> codes = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            codes.add(items.code(i));
        }
        return codes;
    }

    /** Whether {@code unit} has any count (even 0) for item number {@code item}. */
    boolean hasAnswers(String unit, int item) {
        int[] counts = byUnit.get(unit);
        return counts != null && hasAny(counts, item);
    }

    /** The number of group {@code group} ({@code null}: answers without group), or -1. */
    int groupIndex(String group) {
        return groups.find(group);
    }

    /** The counts of {@code unit} (see {@link #cell}), or null. Not to be modified. */
    int[] countsOf(String unit) {
        return byUnit.get(unit);
    }

    /** The number of {@code item}, or -1 when no answer names it. */
    int itemIndex(String item) {
        return items.find(item);
    }

    /** Where the count of (item, group, option) sits in a unit's counts. */
    int cell(int item, int group, int option) {
        return (item * groupStride + group) * optionStride + option;
    }

    /** How many group codes are numbered ({@code null}, the missing group, is one). */
    int groupCount() {
        return groups.size();
    }

    /** The group code numbered {@code g} ({@code null} for answers without group). */
    String group(int g) {
        return groups.code(g);
    }

    /** How many option codes are numbered. */
    int optionCount() {
        return options.size();
    }

    /** The option code numbered {@code o}. */
    String option(int o) {
        return options.code(o);
    }

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

    /** Codes numbered in order of first appearance; {@code null} is a code too (the missing group). */
    static final class Codes {
        private static final String NULL = "\u0000";
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> codes = new ArrayList<>();

        /** The code's number, or -1. */
        int find(String code) {
            Integer i = index.get(code == null ? NULL : code);
            return i == null ? -1 : i;
        }

        int add(String code) {
            index.put(code == null ? NULL : code, codes.size());
            codes.add(code);
            return codes.size() - 1;
        }

        String code(int i) {
            return codes.get(i);
        }

        int size() {
            return codes.size();
        }

        Codes copy() {
            Codes c = new Codes();
            c.index.putAll(index);
            c.codes.addAll(codes);
            return c;
        }
    }

    /** Builds a {@link SurveyTally}; counts of the same (unit, item, group, option) add up. */
    public static final class Builder {

        private final Map<String, int[]> byUnit = new HashMap<>();
        private final Codes items = new Codes();
        private final Codes groups = new Codes();
        private final Codes options = new Codes();
        private int itemCapacity = 8;
        private int groupStride = 2;
        private int optionStride = 4;
        private long answers;
        /** The unit of the previous call and its counts: answers usually come unit by unit. */
        private String lastUnit;
        private int[] lastCounts;

        private Builder() {
        }

        /**
         * Adds {@code count} answers.
         *
         * @param group respondent group code, or {@code null}/blank
         * @throws IllegalArgumentException if a code is blank or {@code count} is negative, naming it
         * @throws ArithmeticException      if one cell would hold more than {@link Integer#MAX_VALUE} answers
         */
        public Builder add(String unit, String item, String group, String option, long count) {
            if (count < 0) {
                throw new IllegalArgumentException("count must be >= 0 (unit " + unit + ", item " + item
                        + ", option " + option + "): " + count);
            }
            // Codes are checked once, when first seen.
            int[] counts = unit == lastUnit ? lastCounts : byUnit.get(unit);
            if (counts == null) {
                Require.text(unit, "unit");
                counts = newCounts();
                byUnit.put(unit, counts);
            }
            int i = items.find(item);
            if (i < 0) {
                Require.text(item, () -> "item (unit " + unit + ")");
                i = items.add(item);
                if (i >= itemCapacity) {
                    resize(itemCapacity + 8, groupStride, optionStride);
                }
            }
            String g0 = group == null || group.isBlank() ? null : group;
            int g = groups.find(g0);
            if (g < 0) {
                g = groups.add(g0);
                if (g >= groupStride) {
                    resize(itemCapacity, groupStride + 2, optionStride);
                }
            }
            int o = options.find(option);
            if (o < 0) {
                Require.text(option, () -> "option (unit " + unit + ", item " + item + ")");
                o = options.add(option);
                if (o >= optionStride) {
                    resize(itemCapacity, groupStride, optionStride + 2);
                }
            }
            if (counts.length != itemCapacity * groupStride * optionStride) {
                counts = byUnit.get(unit); // re-laid by resize
            }
            lastUnit = unit;
            lastCounts = counts;
            int k = (i * groupStride + g) * optionStride + o;
            counts[k] = Math.toIntExact(Math.max(counts[k], 0) + count);
            answers = Math.addExact(answers, count);
            return this;
        }

        private int[] newCounts() {
            int[] counts = new int[itemCapacity * groupStride * optionStride];
            Arrays.fill(counts, -1);
            return counts;
        }

        /**
         * Re-lays every unit's counts for new capacities. Rare (codes are few and appear early), and small steps keep
         * the arrays — the memory every answer touches — tight.
         */
        private void resize(int newItems, int newGroups, int newOptions) {
            for (Map.Entry<String, int[]> e : byUnit.entrySet()) {
                int[] old = e.getValue();
                int[] counts = new int[newItems * newGroups * newOptions];
                Arrays.fill(counts, -1);
                for (int i = 0; i < itemCapacity; i++) {
                    for (int g = 0; g < groupStride; g++) {
                        System.arraycopy(old, (i * groupStride + g) * optionStride, counts,
                                (i * newGroups + g) * newOptions, optionStride);
                    }
                }
                e.setValue(counts);
            }
            itemCapacity = newItems;
            groupStride = newGroups;
            optionStride = newOptions;
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

        /** The tally, laid out at its exact size; the builder can go on being used. */
        public SurveyTally build() {
            if (byUnit.isEmpty()) {
                return EMPTY;
            }
            int itemCount = items.size();
            int groupCount = groups.size();
            int optionCount = options.size();
            Map<String, int[]> copy = new HashMap<>(byUnit.size() * 2);
            byUnit.forEach((unit, counts) -> {
                int[] exact = new int[itemCount * groupCount * optionCount];
                for (int i = 0; i < itemCount; i++) {
                    for (int g = 0; g < groupCount; g++) {
                        System.arraycopy(counts, (i * groupStride + g) * optionStride, exact,
                                (i * groupCount + g) * optionCount, optionCount);
                    }
                }
                copy.put(unit, exact);
            });
            return new SurveyTally(copy, items.copy(), groups.copy(), options.copy(), groupCount, optionCount,
                    answers);
        }
    }
}
