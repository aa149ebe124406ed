package org.parindex.scoring;

import static org.parindex.scoring.SurveyChecks.requireText;

/**
 * A unit level rated in a survey round, and the framework (bộ chỉ số) its units are scored with, e.g.
 * {@code DEPARTMENT} scored with {@code HD-3396-SO}. Levels are plain codes defined by the data.
 *
 * @param code      level code, e.g. {@code "DEPARTMENT"}; never blank
 * @param name      display name in Vietnamese, e.g. {@code "Cấp sở"}; never blank
 * @param framework code of the framework that scores this level, e.g. {@code "HD-3396-SO"}; never blank
 */
public record PlanLevel(String code, String name, String framework) {

    public PlanLevel {
        requireText(code, "code");
        requireText(name, "name (level " + code + ")");
        requireText(framework, "framework (level " + code + ")");
    }
}
