package org.parindex.scoring;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a yes/no value typed by a person (e.g. the scores file's {@code not_applicable}), in English or
 * Vietnamese, with or without diacritics, in any case: yes is {@code true}, {@code yes}, {@code x}, {@code 1},
 * {@code có}, {@code co}; no is {@code false}, {@code no}, {@code 0}, {@code không}, {@code khong}.
 */
public final class YesNo {

    /** The words read as yes, lower case. */
    public static final Set<String> YES = Set.of("true", "yes", "x", "1", "có", "co");
    /** The words read as no, lower case. */
    public static final Set<String> NO = Set.of("false", "no", "0", "không", "khong");

    private YesNo() {
    }

    /** {@code true} or {@code false} for an accepted word, empty for anything else. */
    public static Optional<Boolean> parse(String text) {
        Objects.requireNonNull(text, "text == null");
        String word = Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (YES.contains(word)) {
            return Optional.of(Boolean.TRUE);
        }
        if (NO.contains(word)) {
            return Optional.of(Boolean.FALSE);
        }
        return Optional.empty();
    }
}
