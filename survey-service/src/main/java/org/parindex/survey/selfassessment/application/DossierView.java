package org.parindex.survey.selfassessment.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A unit's dossier as the unit's page and the appraiser's screen show it: every leaf of the level's framework with
 * the unit's and the appraiser's values side by side, the points each gives (by scoring-lib's rules), the evidence,
 * and the running totals against the max.
 *
 * @param reach     how the caller reaches it: OFFICER, APPRAISER or READ
 * @param replyOpen whether the unit may still explain
 * @param due       the campaign's self-assessment day (shown; the secretariat enforces it), or null
 */
public record DossierView(long campaignId, String unit, String unitName, String level, String framework,
                          String frameworkName, String status, String statusLabel, String reach, LocalDate due,
                          LocalDateTime submittedAt, LocalDateTime appraisedAt, LocalDateTime replyUntil,
                          LocalDateTime explainedAt, LocalDateTime finalisedAt, boolean replyOpen, Totals totals,
                          List<LeafView> leaves) {

    /**
     * Sums over the self-scored leaves that apply (survey leaves come from the survey; bonus leaves add to the
     * points, not to the max).
     */
    public record Totals(String max, String self, String appraised, int answered, int toAnswer) {
    }

    /**
     * One leaf.
     *
     * @param method     APPRAISED, BONUS or SURVEY (scored from the survey, not by the unit)
     * @param rule       the rule converting a raw figure, in Vietnamese, or null (points are entered)
     * @param ruleType   LEVELS, BANDS, RATIO, DEDUCTION, BONUS or null
     * @param levels     the level codes of a LEVELS rule, with their labels ("ON_TIME: Đúng hạn")
     * @param appraisable whether the caller (an appraiser of one area) may appraise this leaf
     */
    public record LeafView(String code, String name, String area, String areaName, String criterion,
                           String criterionName, String max, String method, String rule, String ruleType,
                           List<String> levels, String selfScore, String selfFigure, String selfPoints,
                           boolean notApplicable, String naReason, String explanation, String appraisedScore,
                           String appraisedFigure, String appraisedPoints, String comment, String reply,
                           boolean appraisable, List<EvidenceView> evidence) {
    }

    /** One evidence document. */
    public record EvidenceView(long id, String name, String mediaType, long size, String sha256, String stage,
                               LocalDateTime uploadedAt, String uploadedBy) {
    }
}
