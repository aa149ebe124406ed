package org.parindex.survey.questionnaire.rest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parindex.survey.campaign.domain.Contact;
import org.parindex.survey.questionnaire.application.RespondentQuestionnaire.View;
import org.parindex.survey.questionnaire.domain.AnswerSheet;
import org.parindex.survey.questionnaire.domain.RatedUnit;
import org.parindex.survey.questionnaire.domain.SheetForm;
import org.parindex.survey.questionnaire.domain.SheetOption;
import org.parindex.survey.questionnaire.domain.SheetQuestion;
import org.parindex.survey.questionnaire.domain.SheetSection;

/** The JSON bodies of the respondents' API. Kept small: a phone may be on a slow connection. */
public final class QuestionnaireJson {

    private QuestionnaireJson() {
    }

    /**
     * What {@code GET /q/api/<token>} answers.
     *
     * @param state       {@code OPEN}, {@code SUBMITTED}, {@code NOT_OPEN} or {@code CLOSED}
     * @param campaign    the campaign
     * @param group       the respondent's group
     * @param homeUnit    the respondent's home unit, if any
     * @param forms       the forms to answer (state {@code OPEN} only)
     * @param total       cells to answer
     * @param answers     the draft: option by cell {@code form/question/unit}
     * @param savedAt     when the draft was last saved
     * @param submittedAt when the questionnaire was submitted
     */
    public record Page(String state, CampaignInfo campaign, String group, String homeUnit, List<Form> forms,
                       Integer total, Map<String, String> answers, LocalDateTime savedAt,
                       LocalDateTime submittedAt) {

        static Page of(View v) {
            AnswerSheet sheet = v.sheet();
            Map<String, String> answers = new LinkedHashMap<>();
            v.draft().forEach((cell, option) -> answers.put(cell.key(), option));
            Contact contact = v.campaign().contact();
            return new Page(v.state().name(), new CampaignInfo(v.campaign().name(), v.campaign().province(),
                    v.campaign().year(), v.campaign().surveyOpens(), v.campaign().surveyCloses(),
                    contact == null ? null : new ContactInfo(contact.name(), contact.phone(), contact.email())),
                    v.group(), v.homeUnit(),
                    sheet == null ? null : sheet.forms().stream().map(Form::of).toList(),
                    sheet == null ? null : sheet.size(),
                    sheet == null ? null : answers, v.savedAt(), v.submittedAt());
        }
    }

    public record CampaignInfo(String name, String province, int year, LocalDate surveyOpens,
                               LocalDate surveyCloses, ContactInfo contact) {
    }

    /** Whom to contact (Tổ thư ký): phone or e-mail may be absent, not both. */
    public record ContactInfo(String name, String phone, String email) {
    }

    public record Form(String code, String title, String intro, String level, String levelName, String scope,
                       List<Unit> units, List<Section> sections) {

        static Form of(SheetForm f) {
            return new Form(f.code(), f.title(), f.intro(), f.ratedLevel(), f.levelName(), f.scope().name(),
                    f.units().stream().map(Unit::of).toList(), f.sections().stream().map(Section::of).toList());
        }
    }

    public record Unit(String code, String name) {

        static Unit of(RatedUnit u) {
            return new Unit(u.code(), u.name());
        }
    }

    public record Section(String code, String title, List<Question> questions) {

        static Section of(SheetSection s) {
            return new Section(s.code(), s.title(), s.questions().stream().map(Question::of).toList());
        }
    }

    public record Question(String code, String text, List<Option> options) {

        static Question of(SheetQuestion q) {
            return new Question(q.code(), q.text(), q.options().stream().map(Option::of).toList());
        }
    }

    /** An option; {@code dontKnow} is present (true) only on the unscored "không biết" option. */
    public record Option(String code, String label, Boolean dontKnow) {

        static Option of(SheetOption o) {
            return new Option(o.code(), o.label(), o.dontKnow() ? Boolean.TRUE : null);
        }
    }

    /** What a draft save answers. */
    public record Saved(LocalDateTime savedAt, int answered, int total) {
    }

    /** What a submission answers. */
    public record Submitted(LocalDateTime submittedAt) {
    }
}
