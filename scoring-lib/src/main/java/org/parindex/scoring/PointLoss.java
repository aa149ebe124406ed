package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Points a unit lost on one item (an area, a criterion or a leaf): what it could still gain there.
 *
 * @param kind        what the item is
 * @param code        the item's code
 * @param name        the item's name
 * @param maxPoints   the max that applies to the unit on the item
 * @param points      the points it got
 * @param pointsLost  {@code maxPoints − points}
 * @param indexPoints what the loss costs the index: {@code pointsLost / unit max × 100}, rounded as the index
 * @param reason      why, in Vietnamese (e.g. {@code "thẩm định: mức LATE (Ban hành chậm) = 0.5; tự chấm 1"})
 */
public record PointLoss(Kind kind, String code, String name, BigDecimal maxPoints, BigDecimal points,
                        BigDecimal pointsLost, BigDecimal indexPoints, String reason) {

    /** The kind of item. */
    public enum Kind {
        /** An area (lĩnh vực). */
        AREA,
        /** A criterion (tiêu chí). */
        CRITERION,
        /** A leaf: a sub-criterion, or a criterion without sub-criteria. */
        LEAF
    }

    /**
     * Checks the components.
     *
     * @throws NullPointerException if the kind, code, points lost or reason is missing
     */
    public PointLoss {
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(code, "code == null");
        Objects.requireNonNull(pointsLost, "pointsLost == null (" + code + ")");
        Objects.requireNonNull(reason, "reason == null (" + code + ")");
    }
}
