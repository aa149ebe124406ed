package org.parindex.survey.unit.domain;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The order in which units are listed to people: by name as a Vietnamese reader sorts it ("Sở Tài chính" before
 * "Sở Xây dựng", "Đ" after "D"), then by code. The one place that sorts units by name.
 */
public final class UnitOrder {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private UnitOrder() {
    }

    /**
     * {@code units} in that order. Each name's collation key is made once and the keys are compared as bytes:
     * {@code Collator.compare} normalises both names again on every comparison, which was most of the time of a
     * questionnaire request with a province's few hundred units (issue 12).
     */
    public static List<Unit> sorted(Collection<Unit> units) {
        Collator collator = Collator.getInstance(VIETNAMESE);
        return units.stream().map(u -> new Keyed(collator.getCollationKey(u.name()), u))
                .sorted(Comparator.comparing(Keyed::key).thenComparing(k -> k.unit().code()))
                .map(Keyed::unit).toList();
    }

    private record Keyed(CollationKey key, Unit unit) {
    }
}
