package org.parindex.survey.unit.domain;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The order in which units are listed to people: by name as a Vietnamese reader sorts it ("Sở Tài chính" before
 * "Sở Xây dựng", "Đ" after "D"), then by code. The one place that sorts units by name.
 */
public final class UnitOrder {

    /** The one collator: keys made by different collators cannot be compared. Its key-making is synchronized. */
    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
    /** Keys already made, by name; a province's units are the same few hundred names request after request. */
    private static final Map<String, CollationKey> KEYS = new ConcurrentHashMap<>();
    private static final int MAX_KEYS = 20_000;

    private UnitOrder() {
    }

    /**
     * {@code units} in that order. Names are compared by their collation keys, each made once: {@code
     * Collator.compare} normalised both names again on every comparison, and making the keys anew for every
     * questionnaire request was still a quarter of its time with a province's few hundred units (issue 12).
     */
    public static List<Unit> sorted(Collection<Unit> units) {
        return units.stream().map(u -> new Keyed(key(u.name()), u))
                .sorted(Comparator.comparing(Keyed::key).thenComparing(k -> k.unit().code()))
                .map(Keyed::unit).toList();
    }

    private static CollationKey key(String name) {
        if (KEYS.size() > MAX_KEYS) {
            KEYS.clear(); // names of past campaigns; the current ones are made again
        }
        return KEYS.computeIfAbsent(name, VIETNAMESE::getCollationKey);
    }

    private record Keyed(CollationKey key, Unit unit) {
    }
}
