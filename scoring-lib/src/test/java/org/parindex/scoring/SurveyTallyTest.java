package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SurveyTallyTest {

    private static final String[] UNITS = java.util.stream.IntStream.range(0, 40).mapToObj(i -> "U" + i)
            .toArray(String[]::new);

    @Test
    void addsUpCountsOfTheSameCell() {
        SurveyTally t = SurveyTally.builder()
                .answer("U", "S1", "G1", "A").answer("U", "S1", "G1", "A")
                .add("U", "S1", "G1", "A", 3).add("U", "S1", "G2", "A", 1).add("U", "S1", null, "B", 2)
                .build();

        assertThat(t.answers()).isEqualTo(8);
        assertThat(t.countsFor("U", "S1")).containsExactly(new TallyCount("U", "S1", null, "B", 2),
                new TallyCount("U", "S1", "G1", "A", 5), new TallyCount("U", "S1", "G2", "A", 1));
    }

    @Test
    void listsCountsSortedWhateverTheInputOrder() {
        SurveyTally a = SurveyTally.builder().add("U2", "S1", null, "A", 1).add("U1", "S2", null, "B", 1)
                .add("U1", "S1", null, "C", 1).build();
        SurveyTally b = SurveyTally.builder().add("U1", "S1", null, "C", 1).add("U2", "S1", null, "A", 1)
                .add("U1", "S2", null, "B", 1).build();

        assertThat(a.counts()).extracting(c -> c.unit() + c.item()).containsExactly("U1S1", "U1S2", "U2S1");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.units()).containsExactly("U1", "U2");
    }

    @Test
    void builtTallyDoesNotChangeWhenTheBuilderGoesOn() {
        SurveyTally.Builder b = SurveyTally.builder().add("U", "S1", null, "A", 1);
        SurveyTally first = b.build();
        b.add("U", "S1", null, "A", 1);

        assertThat(first.answers()).isEqualTo(1);
        assertThat(first.countsFor("U", "S1").get(0).count()).isEqualTo(1);
        assertThat(b.build().answers()).isEqualTo(2);
    }

    @Test
    void rejectsNegativeCounts() {
        assertThatThrownBy(() -> SurveyTally.builder().add("U", "S1", null, "A", -2))
                .hasMessage("count must be >= 0 (unit U, item S1, option A): -2");
        assertThat(SurveyTally.empty().countsFor("U", "S1")).isEmpty();
    }

    @Test
    void keepsEveryCountWhileGrowingForNewItemsGroupsAndOptions() {
        SurveyTally.Builder b = SurveyTally.builder();
        java.util.Map<String, Long> expected = new java.util.TreeMap<>();
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int k = 0; k < 20_000; k++) {
            // Codes appear progressively, so the layout grows several times while units already hold counts.
            int spread = 1 + k / 1000;
            String unit = UNITS[random.nextInt(5 + spread)];
            String item = "S" + random.nextInt(spread * 2);
            String group = random.nextInt(4) == 0 ? null : "G" + random.nextInt(spread);
            String option = "O" + random.nextInt(1 + spread / 2);
            // The same unit instance several times in a row (as a form is filled unit by unit), or an equal copy.
            int times = 1 + random.nextInt(3);
            for (int t = 0; t < times; t++) {
                b.answer(t == 2 ? new String(unit) : unit, item, group, option);
            }
            expected.merge(unit + "|" + item + "|" + (group == null ? "" : group) + "|" + option, (long) times,
                    Long::sum);
        }
        java.util.Map<String, Long> actual = new java.util.TreeMap<>();
        for (TallyCount c : b.build().counts()) {
            actual.put(c.unit() + "|" + c.item() + "|" + (c.group() == null ? "" : c.group()) + "|" + c.option(),
                    c.count());
        }

        assertThat(actual).isEqualTo(expected);
        assertThat(b.build().answers()).isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
    }
}
