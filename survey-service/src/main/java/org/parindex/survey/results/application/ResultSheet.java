package org.parindex.survey.results.application;

import java.time.LocalDateTime;
import java.util.List;
import org.parindex.survey.results.domain.Publication.Counts;
import org.parindex.survey.results.domain.ResultRow;

/**
 * A campaign's results as a table per level, live or published: what the results page, the exports and the API
 * show.
 *
 * @param campaignId   the campaign
 * @param campaignName its name
 * @param province     its province
 * @param year         the assessed year
 * @param version      the publication's version, or null for a live computation (not published)
 * @param at           when it was computed or published
 * @param by           who published it, or null
 * @param note         the publisher's note, or null
 * @param counts       respondents, submissions and answers it was computed from
 * @param levels       per rated level, in the campaign's order
 */
public record ResultSheet(long campaignId, String campaignName, String province, int year, Integer version,
                          LocalDateTime at, String by, String note, Counts counts, List<LevelSheet> levels) {

    public ResultSheet {
        levels = List.copyOf(levels);
    }

    /** Whether this is a publication (rather than a live preview). */
    public boolean published() {
        return version != null;
    }

    /**
     * One level.
     *
     * @param level            level code
     * @param levelName        level name
     * @param frameworkCode    the framework that scored it
     * @param frameworkName    its name
     * @param frameworkVersion its version, or null
     * @param areas            its areas, in order
     * @param rows             the units' results, in ranking order (empty when no unit has scores yet)
     * @param warnings         what the secretariat should know, in Vietnamese
     * @param answers          answers tallied for the units scored
     */
    public record LevelSheet(String level, String levelName, String frameworkCode, String frameworkName,
                             String frameworkVersion, List<AreaHead> areas, List<ResultRow> rows,
                             List<String> warnings, long answers) {

        public LevelSheet {
            areas = List.copyOf(areas);
            rows = List.copyOf(rows);
            warnings = List.copyOf(warnings);
        }
    }

    /** An area's code and name. */
    public record AreaHead(String code, String name) {
    }
}
