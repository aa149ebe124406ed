package org.parindex.survey.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextPartsTest {

    @Test
    void rowsComeBackInOrderAcrossPartsCutAtLineEnds() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            rows.add(List.of("HD-2023-P01", "Q" + (i % 20), "ĐƠN_VỊ_" + i, "ABCDE".substring(i % 5, i % 5 + 1)));
        }
        List<String> parts = TextParts.encode(rows);
        assertThat(parts).hasSizeGreaterThan(1).allMatch(p -> p.length() <= TextParts.PART_LENGTH)
                .allMatch(p -> p.endsWith("\n"));
        assertThat(TextParts.decode(parts, 4)).isEqualTo(rows);
    }

    @Test
    void noRowsAreNoParts() {
        assertThat(TextParts.encode(List.of())).isEmpty();
        assertThat(TextParts.decode(List.of(), 4)).isEmpty();
    }

    @Test
    void aFieldThatWouldBreakTheLayoutIsRefused() {
        assertThatThrownBy(() -> TextParts.encode(List.of(List.of("F", "Q\t1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tab");
        assertThatThrownBy(() -> TextParts.encode(List.of(List.of("F", "Q\n1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line end");
        assertThatThrownBy(() -> TextParts.encode(List.of(List.of("x".repeat(TextParts.PART_LENGTH)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longer than a part");
    }

    @Test
    void aDamagedPartIsRefusedRatherThanMisread() {
        assertThatThrownBy(() -> TextParts.decode(List.of("F\tQ1\tU\tA"), 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line end");
        assertThatThrownBy(() -> TextParts.decode(List.of("F\tQ1\tA\n"), 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 fields, not 4");
    }
}
