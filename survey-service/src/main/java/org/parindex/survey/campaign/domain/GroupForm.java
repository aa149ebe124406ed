package org.parindex.survey.campaign.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.parindex.scoring.RaterScope;

/**
 * The questionnaire form a group fills in about one rated level, and whom a member rates on it: every unit of the
 * level, their own unit (or its ancestor of that level), or the counterpart of their office.
 */
@Embeddable
public class GroupForm {

    @Column(name = "questionnaire_code", nullable = false)
    private String questionnaire;

    @Column(name = "rated_level", nullable = false)
    private String ratedLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "rater_scope", nullable = false)
    private RaterScope scope;

    protected GroupForm() {
        // for JPA
    }

    GroupForm(String questionnaire, String ratedLevel, RaterScope scope) {
        this.questionnaire = questionnaire;
        this.ratedLevel = ratedLevel;
        this.scope = scope;
    }

    /** Code of the questionnaire, e.g. {@code HD-2023-P01}. */
    public String questionnaire() {
        return questionnaire;
    }

    public String ratedLevel() {
        return ratedLevel;
    }

    public RaterScope scope() {
        return scope;
    }
}
