package org.parindex.survey.campaign.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parindex.scoring.Milestone;
import org.parindex.scoring.SamplePlan;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.InvalidInputException;

/**
 * The dates of a campaign, in the province's time zone: the survey opens and closes (inclusive), and units hand in
 * their self-assessment by {@code selfAssessmentDue}. Each may still be unknown ({@code null}) while the campaign
 * is a draft; the survey must close on or after the day it opens.
 *
 * @param surveyOpens       first day of the survey, or {@code null}
 * @param surveyCloses      last day of the survey, or {@code null}
 * @param selfAssessmentDue last day for self-assessments, or {@code null}
 */
public record Deadlines(LocalDate surveyOpens, LocalDate surveyCloses, LocalDate selfAssessmentDue) {

    public Deadlines {
        if (surveyOpens != null && surveyCloses != null && surveyCloses.isBefore(surveyOpens)) {
            throw new InvalidInputException("Ngày kết thúc điều tra phải sau ngày bắt đầu.", List.of(FieldError.of(
                    "surveyCloses", "ngày kết thúc điều tra (" + surveyCloses + ") trước ngày bắt đầu ("
                            + surveyOpens + ")", surveyCloses.toString())));
        }
    }

    /**
     * The dates a sample plan's timeline gives: the days of its {@link Milestone#SURVEY} step and the last day of
     * its {@link Milestone#SELF_ASSESSMENT} step; each null when the plan does not give it.
     */
    public static Deadlines fromPlan(SamplePlan plan) {
        Optional<Milestone> survey = plan.milestone(Milestone.SURVEY);
        return new Deadlines(survey.map(Milestone::from).orElse(null), survey.map(Milestone::to).orElse(null),
                plan.milestone(Milestone.SELF_ASSESSMENT).map(Milestone::to).orElse(null));
    }

    /** No dates yet. */
    public static Deadlines none() {
        return new Deadlines(null, null, null);
    }

    /** What is missing before the survey can open. */
    List<FieldError> missingForOpening() {
        List<FieldError> missing = new ArrayList<>();
        if (surveyOpens == null) {
            missing.add(FieldError.of("surveyOpens", "chưa có ngày bắt đầu điều tra"));
        }
        if (surveyCloses == null) {
            missing.add(FieldError.of("surveyCloses", "chưa có ngày kết thúc điều tra"));
        }
        return missing;
    }
}
