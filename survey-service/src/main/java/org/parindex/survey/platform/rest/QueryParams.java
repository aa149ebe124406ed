package org.parindex.survey.platform.rest;

import org.parindex.survey.platform.Texts;

/** Parsing of raw query parameters, with 400s that name the parameter. */
public final class QueryParams {

    private QueryParams() {
    }

    /** An integer in [{@code min}, {@code max}], or {@code absent} when the parameter is missing or empty. */
    public static int integer(String name, String raw, int absent, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        try {
            int v = Integer.parseInt(raw.strip());
            if (v < min || v > max) {
                throw PageRequest.bad(name, "phải từ " + min + " đến " + max, raw);
            }
            return v;
        } catch (NumberFormatException e) {
            throw PageRequest.bad(name, "phải là số nguyên", raw);
        }
    }

    /** An optional integer in [{@code min}, {@code max}]; {@code null} when missing or empty. */
    public static Integer optionalInteger(String name, String raw, int min, int max) {
        return raw == null || raw.isBlank() ? null : integer(name, raw, 0, min, max);
    }

    /** Text stripped and NFC-normalised, or {@code null} when missing or blank. */
    public static String text(String raw) {
        return Texts.nfcOrNull(raw);
    }

    /** Whether a boolean flag is set: {@code true} or {@code 1}; 400 for anything but those and false/0. */
    public static boolean flag(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw PageRequest.bad(name, "phải là true hoặc false", raw);
        };
    }
}
