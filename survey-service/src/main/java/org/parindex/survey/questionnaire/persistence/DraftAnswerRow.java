package org.parindex.survey.questionnaire.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.parindex.survey.questionnaire.domain.AnswerCell;

/** One answered cell of a draft ({@code draft_answer}); a storage detail of {@link JpaDrafts}. */
@Entity
@Table(name = "draft_answer")
@IdClass(DraftAnswerRow.Key.class)
public class DraftAnswerRow {

    @Id
    @Column(name = "respondent_id")
    private long respondentId;

    @Id
    @Column(name = "questionnaire_code")
    private String form;

    @Id
    @Column(name = "question_code")
    private String question;

    @Id
    @Column(name = "unit_code")
    private String unit;

    @Column(name = "option_code", nullable = false)
    private String option;

    protected DraftAnswerRow() {
        // for JPA
    }

    DraftAnswerRow(long respondentId, AnswerCell cell, String option) {
        this.respondentId = respondentId;
        this.form = cell.form();
        this.question = cell.question();
        this.unit = cell.unit();
        this.option = option;
    }

    AnswerCell cell() {
        return new AnswerCell(form, question, unit);
    }

    String option() {
        return option;
    }

    void choose(String newOption) {
        this.option = newOption;
    }

    /** The primary key of a row. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long respondentId;
        private String form;
        private String question;
        private String unit;

        public Key() {
            // for JPA
        }

        Key(long respondentId, AnswerCell cell) {
            this.respondentId = respondentId;
            this.form = cell.form();
            this.question = cell.question();
            this.unit = cell.unit();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.respondentId == respondentId && k.form.equals(form)
                    && k.question.equals(question) && k.unit.equals(unit);
        }

        @Override
        public int hashCode() {
            return Objects.hash(respondentId, form, question, unit);
        }
    }
}
