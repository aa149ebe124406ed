package org.parindex.scoring.format;

import java.util.HashMap;
import java.util.Map;

/**
 * The first line on which each key (a unit code and up to three more codes) was seen, for "given twice (first on
 * line …)" problems. Codes are numbered once and a key is a {@code long}, in an open-addressing table: no string
 * per row, no boxing, a few bytes per row (a national answers file has 270,000 rows).
 */
final class FirstLines {

    private final Map<String, Integer> units = new HashMap<>();
    private final Map<String, Integer> codes = new HashMap<>();
    private final Map<String, Integer> overflow = new HashMap<>();
    private long[] keys = new long[1 << 12];
    private int[] lines = new int[1 << 12];
    private int size;

    /**
     * Records {@code line} for the key if it is new and returns 0, or returns the line where it was first seen.
     * {@code a}, {@code b} and {@code c} may be null.
     */
    int putIfAbsent(String unit, String a, String b, String c, int line) {
        long u = number(units, unit);
        long na = number(codes, a);
        long nb = number(codes, b);
        long nc = number(codes, c);
        if (u >= 1 << 20 || na >= 1 << 14 || nb >= 1 << 14 || nc >= 1 << 14) {
            // More codes than the packed key holds (only a file full of made-up codes): one string per row.
            Integer first = overflow.putIfAbsent(unit + "\u0000" + a + "\u0000" + b + "\u0000" + c, line);
            return first == null ? 0 : first;
        }
        long key = (u << 42 | na << 28 | nb << 14 | nc) + 1;
        int mask = keys.length - 1;
        int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return lines[i];
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        lines[i] = line;
        if (++size * 2 > keys.length) {
            grow();
        }
        return 0;
    }

    private static int number(Map<String, Integer> numbers, String code) {
        if (code == null) {
            return 0;
        }
        Integer n = numbers.get(code);
        if (n == null) {
            n = numbers.size() + 1;
            numbers.put(code, n);
        }
        return n;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = Long.hashCode(oldKeys[j] * 0x9E3779B97F4A7C15L) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                lines[i] = oldLines[j];
            }
        }
    }
}
