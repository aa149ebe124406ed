package org.parindex.survey.questionnaire.domain;

import java.util.List;
import java.util.Objects;

/**
 * A titled part of a form, e.g. {@code II. Cải cách thể chế}.
 *
 * @param code      section code, e.g. {@code II}
 * @param title     its title in Vietnamese
 * @param questions its questions, in order
 */
public record SheetSection(String code, String title, List<SheetQuestion> questions) {

    public SheetSection {
        Objects.requireNonNull(code, "code == null");
        Objects.requireNonNull(title, "title == null (section " + code + ")");
        questions = List.copyOf(questions);
    }
}
