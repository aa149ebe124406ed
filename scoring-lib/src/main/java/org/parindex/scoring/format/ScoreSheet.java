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

    /** Keeps copies of the lists; checks nothing else (the reader has checked each row). */
    public ScoreSheet {
        units = List.copyOf(units);
        assessments = List.copyOf(assessments);
    }
}
