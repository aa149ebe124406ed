package org.parindex.scoring;

import java.math.BigDecimal;

/**
 * A classification band (nhóm xếp loại), e.g. {@code A "Nhóm A (Tốt)" from 90}: a unit belongs to the band with
 * the highest {@code minIndex} that its rounded index reaches (the boundary belongs to the band).
 *
 * @param code     band code, e.g. {@code "A"}; never blank
 * @param name     display name in Vietnamese; defaults to the code when blank
 * @param minIndex lowest rounded index of the band, in [0, 100]
 */
public record ClassificationBand(String code, String name, BigDecimal minIndex) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Checks the components. A blank name becomes the code.
     *
     * @throws IllegalArgumentException if the code is blank or the minimum index is outside [0, 100]
     */
    public ClassificationBand {
        Require.text(code, "code");
        name = name == null || name.isBlank() ? code : name;
        Require.nonNegative(minIndex, "minIndex (band " + code + ")");
        if (minIndex.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(
                    "minIndex must be <= 100 (band " + code + "): " + minIndex.toPlainString());
        }
    }

    /** A band from {@code minIndex} (a decimal string such as {@code "90"}). */
    public static ClassificationBand of(String code, String name, String minIndex) {
        return new ClassificationBand(code, name, new BigDecimal(minIndex));
    }
}
