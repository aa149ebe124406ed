package org.parindex.scoring;

import java.util.Objects;
import java.util.Optional;

/**
 * A unit whose index is determined (đơn vị được đánh giá): a department, a district People's Committee, a
 * commune… Levels are data ({@code "DEPARTMENT"}, {@code "DISTRICT"}, {@code "COMMUNE"}, or any other code a
 * province uses), never a fixed list.
 *
 * @param code   unique code, e.g. {@code "SO_NOI_VU"}
 * @param name   display name in Vietnamese, e.g. {@code "Sở Nội vụ"}; defaults to the code when blank
 * @param level  level code, e.g. {@code "DEPARTMENT"}
 * @param parent code of the enclosing unit (a commune's district), or {@code null}
 */
public record Unit(String code, String name, String level, String parent) {

    /**

     * Checks the components: code and level are required; a blank name becomes the code, a blank parent {@code null}.

     */

    public Unit {
        Objects.requireNonNull(code, "code == null");
        if (code.isBlank()) {
            throw new IllegalArgumentException("unit code is blank");
        }
        Objects.requireNonNull(level, "level == null (unit " + code + ")");
        if (name == null || name.isBlank()) {
            name = code;
        }
        if (parent != null && parent.isBlank()) {
            parent = null;
        }
    }

    /** A unit with no parent. */
    public static Unit of(String code, String name, String level) {
        return new Unit(code, name, level, null);
    }

    /** The enclosing unit's code, if any. */
    public Optional<String> parentCode() {
        return Optional.ofNullable(parent);
    }
}
