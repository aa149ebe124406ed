package org.parindex.survey.problem;

/** Byte counts as people read them in problems: {@code 1 MB}, {@code 512 KB}, {@code 300 byte}. */
public final class Sizes {

    private Sizes() {
    }

    public static String human(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " byte";
    }
}
