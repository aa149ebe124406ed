package org.parindex.scoring;

import static org.parindex.scoring.SurveyChecks.requireText;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a round's timeline as its plan gives it (tiến độ), e.g. the sociological survey in December 2023 or
 * the self-assessments due by 10/01/2024. A step given as a month runs from its first to its last day.
 *
 * @param code step code, e.g. {@code "SURVEY"}, {@code "SELF_ASSESSMENT"}; never blank
 * @param name Vietnamese name, e.g. {@code "Điều tra xã hội học"}; never blank
 * @param from first day, or {@code null} when the plan gives only a deadline
 * @param to   last day (inclusive); never null, not before {@code from}
 */
public record Milestone(String code, String name, LocalDate from, LocalDate to) {

    /** The step the survey runs in: its days become a campaign's survey dates. */
    public static final String SURVEY = "SURVEY";

    /** The deadline for the units' self-assessments: a campaign's self-assessment day. */
    public static final String SELF_ASSESSMENT = "SELF_ASSESSMENT";

    public Milestone {
        requireText(code, "code");
        requireText(name, "name (milestone " + code + ")");
        Objects.requireNonNull(to, "to == null (milestone " + code + ")");
        if (from != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from + " (milestone " + code + ")");
        }
    }

    /** The first day, if the plan gives one. */
    public Optional<LocalDate> start() {
        return Optional.ofNullable(from);
    }
}
