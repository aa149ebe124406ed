package org.parindex.survey.questionnaire.domain;

import java.util.Objects;

/**
 * A unit a respondent rates on a form, e.g. {@code SO_NOI_VU "Sở Nội vụ"}.
 *
 * @param code unit code
 * @param name Vietnamese name
 */
public record RatedUnit(String code, String name) {

    public RatedUnit {
        Objects.requireNonNull(code, "code == null");
        Objects.requireNonNull(name, "name == null (unit " + code + ")");
    }
}
