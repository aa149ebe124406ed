package org.parindex.survey.unit.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parindex.survey.audit.application.AuditTrail;
import org.parindex.survey.audit.domain.AuditAction;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.CampaignCreated;
import org.parindex.survey.campaign.domain.CampaignDeleted;
import org.parindex.survey.campaign.domain.Campaigns;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.InvalidInputException;
import org.parindex.survey.problem.NotFoundException;
import org.parindex.survey.tabular.ImportReport.Outcome;
import org.parindex.survey.tabular.ImportReport.RowResult;
import org.parindex.survey.tabular.ImportReport;
import org.parindex.survey.tabular.Table;
import org.parindex.survey.unit.domain.Unit;
import org.parindex.survey.unit.domain.UnitDraft;
import org.parindex.survey.unit.domain.Units.UnitFilter;
import org.parindex.survey.unit.domain.Units;

/**
 * The units of a campaign: listing, and importing them from CSV or XLSX ({@code code,name,level,parent}, the
 * format of {@code questionnaires/units}). An import adds new codes and updates changed ones; units not in the
 * file stay. Only a draft campaign takes imports.
 */
@ApplicationScoped
@Transactional
public class UnitService {

    private static final Set<String> REQUIRED = Set.of("code", "name", "level");

    private Campaigns campaigns;
    private Units units;
    private AuditTrail audit;

    UnitService() {
        // for the CDI proxy
    }

    @Inject
    public UnitService(Campaigns campaigns, Units units, AuditTrail audit) {
        this.campaigns = campaigns;
        this.units = units;
        this.audit = audit;
    }

    /** One page of the campaign's units. */
    public List<Unit> list(long campaignId, UnitFilter filter, int offset, int limit) {
        campaign(campaignId);
        return units.list(campaignId, filter, offset, limit);
    }

    public long count(long campaignId, UnitFilter filter) {
        return units.count(campaignId, filter);
    }

    public Unit find(long campaignId, String code) {
        campaign(campaignId);
        return units.find(campaignId, code).orElseThrow(() -> new NotFoundException("đơn vị", code));
    }

    /** Number of units per level. */
    public Map<String, Long> countByLevel(long campaignId) {
        return units.countByLevel(campaignId);
    }

    /**
     * Imports units from a CSV or XLSX file; with {@code dryRun} only reports what would happen.
     *
     * @throws InvalidInputException (422) with the report when any row is wrong; nothing is written then
     */
    public ImportReport importFile(long campaignId, byte[] file, boolean dryRun) {
        Campaign campaign = campaign(campaignId);
        campaign.requireSetUpEditable("nhập đơn vị");
        Table table = UnitFile.READER.read(file);
        List<String> missing = table.missing(REQUIRED);
        if (!missing.isEmpty()) {
            throw new InvalidInputException("Tệp thiếu cột bắt buộc: " + String.join(", ", missing)
                    + " (cần code, name, level, parent).",
                    missing.stream().map(c -> FieldError.of(c, "thiếu cột " + c)).toList());
        }
        List<Row> rows = new ArrayList<>();
        for (Table.Row r : table.rows()) {
            rows.add(new Row(r.number(), r.get("code"), r.get("name"), r.get("level"), r.get("parent")));
        }
        ImportReport report = apply(campaignId, table.format(), rows, dryRun);
        if (!dryRun) {
            audit.record(AuditAction.UNITS_IMPORTED, campaignId, table.format(), summary(report));
        }
        return report;
    }

    /** A campaign was created from a sample plan: registers the plan's units in it, if it brought any. */
    void addPlanUnits(@Observes CampaignCreated created) {
        if (created.planUnits().isEmpty()) {
            return;
        }
        List<Row> rows = new ArrayList<>();
        int n = 1;
        for (org.parindex.scoring.Unit u : created.planUnits()) {
            rows.add(new Row(++n, u.code(), u.name(), u.level(), u.parent()));
        }
        apply(created.campaignId(), "CSV", rows, false);
    }

    /** A draft campaign is deleted: its units go too, after its respondents. */
    void removeAll(@Observes @Priority(CampaignDeleted.THEN_UNITS) CampaignDeleted deleted) {
        units.removeAll(deleted.campaignId());
    }

    /** What an import did, for the audit log. */
    public static String summary(ImportReport report) {
        return report.rows() + " dòng: " + report.created() + " mới, " + report.updated() + " sửa, "
                + report.unchanged() + " không đổi";
    }

    private record Row(int number, String code, String name, String level, String parent) {
    }

    private ImportReport apply(long campaignId, String format, List<Row> rows, boolean dryRun) {
        Map<String, Unit> existing = units.byCode(campaignId);
        Map<String, Integer> firstRow = new HashMap<>();
        Map<String, String> parentOf = new LinkedHashMap<>();
        existing.values().forEach(u -> parentOf.put(u.code(), u.parent().orElse(null)));
        List<RowResult> results = new ArrayList<>();
        List<UnitDraft> drafts = new ArrayList<>();
        for (Row r : rows) {
            List<FieldError> errors = new ArrayList<>(UnitDraft.check(r.number(), r.code(), r.name(), r.level(),
                    r.parent()));
            Integer earlier = firstRow.putIfAbsent(r.code(), r.number());
            if (earlier != null && !r.code().isBlank()) {
                errors.add(FieldError.atRow(r.number(), "code", "mã đơn vị trùng với dòng " + earlier, r.code()));
            }
            if (!errors.isEmpty()) {
                results.add(new RowResult(r.number(), Outcome.REJECTED, r.code(), errors));
                drafts.add(null);
                continue;
            }
            UnitDraft draft = UnitDraft.of(r.code(), r.name(), r.level(), r.parent());
            parentOf.put(draft.code(), draft.parent());
            drafts.add(draft);
            Unit current = existing.get(draft.code());
            Outcome outcome = current == null ? Outcome.CREATED
                    : current.matches(draft) ? Outcome.UNCHANGED : Outcome.UPDATED;
            results.add(new RowResult(r.number(), outcome, draft.code(), List.of()));
        }
        // Parents must exist (in the file or already) and must not form a cycle.
        for (int i = 0; i < rows.size(); i++) {
            UnitDraft d = drafts.get(i);
            if (d == null || d.parent() == null) {
                continue;
            }
            String problem = !parentOf.containsKey(d.parent()) ? "không có đơn vị cấp trên mã " + d.parent()
                    : cycleThrough(d.code(), parentOf) ? "đơn vị cấp trên tạo thành vòng lặp" : null;
            if (problem != null) {
                results.set(i, new RowResult(rows.get(i).number(), Outcome.REJECTED, d.code(),
                        List.of(FieldError.atRow(rows.get(i).number(), "parent", problem, d.parent()))));
            }
        }
        ImportReport report = ImportReport.of(format, dryRun, results);
        if (report.rejected() > 0) {
            throw new InvalidInputException(report.rejected() + "/" + report.rows()
                    + " dòng có lỗi; không đơn vị nào được nhập.", report.errors(), report);
        }
        if (!dryRun) {
            for (UnitDraft d : drafts) {
                Unit current = existing.get(d.code());
                if (current == null) {
                    units.add(new Unit(campaignId, d));
                } else if (!current.matches(d)) {
                    current.apply(d);
                }
            }
        }
        return report;
    }

    private static boolean cycleThrough(String code, Map<String, String> parentOf) {
        Set<String> seen = new HashSet<>();
        String at = code;
        while (at != null) {
            if (!seen.add(at)) {
                return true;
            }
            at = parentOf.get(at);
        }
        return false;
    }

    private Campaign campaign(long id) {
        return campaigns.find(id).orElseThrow(() -> new NotFoundException("đợt đánh giá", id));
    }
}
