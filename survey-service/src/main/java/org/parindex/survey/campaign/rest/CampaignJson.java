package org.parindex.survey.campaign.rest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.parindex.survey.campaign.application.QuotaReport;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.CampaignLevel;
import org.parindex.survey.campaign.domain.Deadlines;
import org.parindex.survey.campaign.domain.GroupForm;
import org.parindex.survey.campaign.domain.SampleGroup;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.InvalidInputException;

/** The JSON bodies of the campaign and group resources. */
public final class CampaignJson {

    private CampaignJson() {
    }

    /** Body of {@code POST /api/campaigns}. */
    public record NewCampaign(String samplePlan, String name, String surveyOpens, String surveyCloses,
                       String selfAssessmentDue, Boolean withUnits) {

        Deadlines deadlines() {
            return CampaignJson.deadlines(surveyOpens, surveyCloses, selfAssessmentDue);
        }
    }

    /** Body of {@code PUT /api/campaigns/{id}}: the name and every date (a missing date is cleared). */
    public record CampaignChange(String name, String surveyOpens, String surveyCloses, String selfAssessmentDue) {

        Deadlines deadlines() {
            return CampaignJson.deadlines(surveyOpens, surveyCloses, selfAssessmentDue);
        }
    }

    /** Body of {@code POST /api/campaigns/{id}/status}. */
    public record StatusChange(String status) {
    }

    /** Body of {@code PUT /api/campaigns/{id}/levels/{level}}. */
    public record FrameworkChange(String framework) {
    }

    /** Body of {@code PUT /api/campaigns/{id}/groups/{code}}. */
    public record GroupChange(String name, Integer quota) {
    }

    public record LevelView(String code, String name, String framework, long units) {
    }

    public record CampaignView(long id, String name, String province, int year, String samplePlan, String status,
                        String statusLabel, LocalDate surveyOpens, LocalDate surveyCloses,
                        LocalDate selfAssessmentDue, LocalDateTime createdAt, LocalDateTime statusChangedAt,
                        List<LevelView> levels, int groups, int quota, long registered, List<String> warnings) {
    }

    public record CampaignSummary(long id, String name, String province, int year, String status, String statusLabel,
                           LocalDate surveyOpens, LocalDate surveyCloses) {
    }

    public record FormView(String questionnaire, String ratedLevel, String scope) {
    }

    public record UnitQuotaView(String unit, int quota, long registered) {
    }

    /** An office of a group's office table: its members rate {@code counterparts}; {@code units} empty = all. */
    public record OfficeView(String code, String name, List<String> counterparts, List<String> units) {
    }

    public record GroupView(String code, String name, String nameEn, int quota, long registered, long difference,
                     String homeLevel, List<FormView> forms, List<UnitQuotaView> unitQuotas, List<OfficeView> offices,
                     List<String> warnings) {
    }

    public record GroupList(int quota, long registered, List<GroupView> groups, List<String> warnings) {
    }

    static CampaignSummary summary(Campaign c) {
        Deadlines d = c.deadlines();
        return new CampaignSummary(c.id(), c.name(), c.province(), c.year(), c.status().name(), c.status().label(),
                d.surveyOpens(), d.surveyCloses());
    }

    static CampaignView view(Campaign c, Map<String, Long> unitsPerLevel, QuotaReport quotas) {
        Deadlines d = c.deadlines();
        List<LevelView> levels = c.levels().stream().map(l -> level(l, unitsPerLevel)).toList();
        return new CampaignView(c.id(), c.name(), c.province(), c.year(), c.planCode().orElse(null),
                c.status().name(), c.status().label(), d.surveyOpens(), d.surveyCloses(), d.selfAssessmentDue(),
                c.createdAt(), c.statusChangedAt(), levels, c.groups().size(), quotas.quota(), quotas.registered(),
                quotas.warnings());
    }

    private static LevelView level(CampaignLevel l, Map<String, Long> unitsPerLevel) {
        return new LevelView(l.code(), l.name(), l.framework(), unitsPerLevel.getOrDefault(l.code(), 0L));
    }

    static GroupList groups(QuotaReport report) {
        return new GroupList(report.quota(), report.registered(),
                report.groups().stream().map(CampaignJson::group).toList(), report.warnings());
    }

    static GroupView group(QuotaReport.GroupLine line) {
        SampleGroup g = line.group();
        return new GroupView(g.code(), g.name(), g.nameEn().orElse(null), g.quota(), line.registered(),
                line.difference(), g.homeLevel().orElse(null), g.forms().stream().map(CampaignJson::form).toList(),
                line.units().stream().map(u -> new UnitQuotaView(u.unit(), u.quota(), u.registered())).toList(),
                g.offices().stream().map(o -> new OfficeView(o.code(), o.name(), o.counterparts(), o.units()))
                        .toList(),
                line.warnings());
    }

    private static FormView form(GroupForm f) {
        return new FormView(f.questionnaire(), f.ratedLevel(), f.scope().name());
    }

    static Deadlines deadlines(String opens, String closes, String due) {
        return new Deadlines(date("surveyOpens", opens), date("surveyCloses", closes),
                date("selfAssessmentDue", due));
    }

    private static LocalDate date(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("Ngày không hợp lệ: " + field + ".",
                    List.of(FieldError.of(field, "ngày phải có dạng YYYY-MM-DD", raw)));
        }
    }
}
