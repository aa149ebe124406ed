package org.parindex.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Argument checks shared by the sample-plan and questionnaire records. */
final class SurveyChecks {

    private SurveyChecks() {
    }

    /** Returns {@code value}, or throws naming {@code what} when it is null or blank. */
    static String requireText(String value, String what) {
        Objects.requireNonNull(value, what + " == null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " is blank");
        }
        return value;
    }

    /** {@code null} for null or blank text, else the text. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** An immutable copy of {@code list} (null means empty), rejecting null elements by {@code what}. */
    static <T> List<T> copyOf(List<T> list, String what) {
        if (list == null) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            copy.add(Objects.requireNonNull(list.get(i), what + "[" + i + "] == null"));
        }
        return List.copyOf(copy);
    }

    /** Throws naming {@code what} and the first code that occurs twice in {@code items}. */
    static <T> void requireUniqueCodes(List<T> items, Function<T, String> code, String what) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String c = code.apply(item);
            if (!seen.add(c)) {
                throw new IllegalArgumentException("duplicate " + what + ": " + c);
            }
        }
    }
}
