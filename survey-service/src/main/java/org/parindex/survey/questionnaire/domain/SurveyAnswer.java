package org.parindex.survey.questionnaire.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/**
 * One anonymous answer of a submitted questionnaire: which campaign and respondent group, which form, question and
 * SURVEY leaf (criterion), which rated unit, which option. Nothing here leads back to the person who answered: no
 * respondent, no token, no time, no order (the id is random, not a sequence), and answers of one submission are not
 * tied together. The tally per (unit, criterion, option) that scoring needs is all these rows can give.
 */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "group_code", nullable = false)
    private String group;

    @Column(name = "questionnaire_code", nullable = false)
    private String questionnaire;

    @Column(name = "question_code", nullable = false)
    private String question;

    @Column(name = "criterion_code", nullable = false)
    private String criterion;

    @Column(name = "unit_code", nullable = false)
    private String unit;

    @Column(name = "option_code", nullable = false)
    private String option;

    protected SurveyAnswer() {
        // for JPA
    }

    private SurveyAnswer(long campaignId, String group, String questionnaire, String question, String criterion,
                         String unit, String option) {
        this.id = UUID.randomUUID().toString();
        this.campaignId = campaignId;
        this.group = Objects.requireNonNull(group, "group == null");
        this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire == null");
        this.question = Objects.requireNonNull(question, "question == null");
        this.criterion = Objects.requireNonNull(criterion, "criterion == null");
        this.unit = Objects.requireNonNull(unit, "unit == null");
        this.option = Objects.requireNonNull(option, "option == null");
    }

    /** An anonymous answer from its parts (the mixer, moving a pending answer set into the answers). */
    public static SurveyAnswer of(long campaignId, String group, String questionnaire, String question,
                                  String criterion, String unit, String option) {
        return new SurveyAnswer(campaignId, group, questionnaire, question, criterion, unit, option);
    }

    /** The anonymous answer in {@code cell} of {@code sheet}, whose question must exist on the sheet. */
    public static SurveyAnswer of(AnswerSheet sheet, AnswerCell cell, String option) {
        SheetQuestion q = sheet.questionOf(cell)
                .orElseThrow(() -> new IllegalArgumentException("cell " + cell + " is not on the sheet"));
        return new SurveyAnswer(sheet.campaignId(), sheet.group(), cell.form(), cell.question(), q.criterion(),
                cell.unit(), option);
    }

    public String id() {
        return id;
    }

    public long campaignId() {
        return campaignId;
    }

    public String group() {
        return group;
    }

    public String questionnaire() {
        return questionnaire;
    }

    public String question() {
        return question;
    }

    public String criterion() {
        return criterion;
    }

    public String unit() {
        return unit;
    }

    public String option() {
        return option;
    }
}
