package org.parindex.scoring.format;

import java.util.List;
import org.parindex.scoring.Assessment;
import org.parindex.scoring.Unit;

/**
 * What a scores file holds: the assessments, and the units they name (with the names of the {@code unit_name}
 * column, at the framework's level), in order of first appearance.
 *
 * @param units       the units named by the file
 * @param assessments the rows, in file order
 */
public record ScoreSheet(List<Unit> units, List<Assessment> assessments) {

    /**

     * Checks the components, failing fast with a message that names the bad one; blank optional text becomes

     * {@code null} (or the code, for names and labels).

     *

     * @throws IllegalArgumentException if a component is out of range or inconsistent

     * @throws NullPointerException     if a required component is null

     */

    public ScoreSheet {
        units = List.copyOf(units);
        assessments = List.copyOf(assessments);
    }
}
