package org.parindex.survey.scores.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parindex.scoring.Assessment;
import org.parindex.scoring.Framework;
import org.parindex.survey.audit.application.AuditTrail;
import org.parindex.survey.audit.domain.AuditAction;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.CampaignLevel;
import org.parindex.survey.campaign.domain.Campaigns;
import org.parindex.survey.problem.ConflictException;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.InvalidInputException;
import org.parindex.survey.problem.NotFoundException;
import org.parindex.survey.scores.domain.ScoreEntry;
import org.parindex.survey.scores.domain.Scores;
import org.parindex.survey.shipped.ShippedData;
import org.parindex.survey.tabular.CsvCells;
import org.parindex.survey.tabular.ImportReport;
import org.parindex.survey.tabular.Table;
import org.parindex.survey.unit.domain.Unit;
import org.parindex.survey.unit.domain.UnitOrder;
import org.parindex.survey.unit.domain.Units;

/**
 * Use cases of scores: import a file (all or nothing, idempotent, every changed row audit-logged), change one row,
 * list and export them. Scores may change until the campaign is published.
 */
@ApplicationScoped
@Transactional
public class ScoreService {

    /** Columns of the scores CSV, in scoring-lib's order. */
    static final String[] CSV_COLUMNS = {"unit", "unit_name", "item", "self_score", "self_figure", "appraised_score",
        "appraised_figure", "not_applicable", "evidence", "explanation"};

    private Campaigns campaigns;
    private Units units;
    private Scores scores;
    private ShippedData frameworks;
    private AuditTrail audit;
    private Clock clock;

    ScoreService() {
        // for the CDI proxy
    }

    @Inject
    public ScoreService(Campaigns campaigns, Units units, Scores scores, ShippedData frameworks,
                        AuditTrail audit, Clock clock) {
        this.campaigns = campaigns;
        this.units = units;
        this.scores = scores;
        this.frameworks = frameworks;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Imports a scores file (CSV or XLSX): every row checked against the framework of its unit's level; nothing is
     * written unless every row is right.
     *
     * @throws InvalidInputException (422) with the per-row report when any row is wrong
     * @throws ConflictException     (409) once the campaign is published
     */
    public ImportReport importFile(long campaignId, byte[] file, boolean dryRun) {
        Campaign campaign = campaign(campaignId);
        requireEditable(campaign);
        Table table = ScoreFile.READER.read(file);
        List<String> missing = table.missing(ScoreFile.REQUIRED);
        if (!missing.isEmpty()) {
            throw new InvalidInputException("Tệp thiếu cột bắt buộc: " + String.join(", ", missing)
                    + " (cột: " + String.join(", ", CSV_COLUMNS) + ").",
                    missing.stream().map(c -> FieldError.of(c, "thiếu cột " + c)).toList());
        }
        Map<String, ScoreEntry> stored = scores.byKey(campaignId);
        Map<String, Assessment> existing = new HashMap<>();
        stored.forEach((k, v) -> existing.put(k, v.value()));
        ScoreFile.Checked checked = ScoreFile.check(table, new ScoreFile.Context(levels(campaignId),
                frameworksByLevel(campaign), existing));
        ImportReport report = ImportReport.of(table.format(), dryRun, checked.results());
        if (report.rows() == 0) {
            throw InvalidInputException.of("file", "tệp không có dòng dữ liệu nào dưới dòng tiêu đề");
        }
        if (report.rejected() > 0) {
            throw new InvalidInputException(report.rejected() + "/" + report.rows()
                    + " dòng có lỗi; không dòng nào được nhập. Sửa các dòng được nêu rồi nhập lại cả tệp.",
                    report.errors(), report);
        }
        if (!dryRun && report.created() + report.updated() > 0) {
            LocalDateTime now = now();
            String by = audit.actor();
            for (Assessment a : checked.accepted()) {
                ScoreEntry current = stored.get(Scores.key(a.unit(), a.item()));
                if (current == null) {
                    scores.add(new ScoreEntry(campaignId, a, now, by));
                } else {
                    Assessment before = current.value();
                    if (current.revise(a, now, by)) {
                        audit.record(AuditAction.SCORE_CHANGED, campaignId, a.unit() + ", " + a.item(),
                                "trước: " + describe(before) + " → sau: " + describe(current.value()));
                    }
                }
            }
            audit.record(AuditAction.SCORES_IMPORTED, campaignId, table.format(), report.rows() + " dòng: "
                    + report.created() + " mới, " + report.updated() + " sửa, " + report.unchanged()
                    + " không đổi");
        }
        return report;
    }

    /** The rows of the campaign, optionally of one unit, by unit then item. */
    public List<ScoreEntry> list(long campaignId, String unit) {
        campaign(campaignId);
        return unit == null ? scores.ofCampaign(campaignId) : scores.ofUnits(campaignId, List.of(unit));
    }

    /**
     * One unit and how many score rows it has.
     *
     * @param unit      its code
     * @param name      its name
     * @param level     its level's code
     * @param levelName its level's name
     * @param rows      score rows stored, 0 when it has none yet
     */
    public record UnitScores(String unit, String name, String level, String levelName, long rows) {
    }

    /**
     * Every unit of the campaign's levels, by level then name, with its number of score rows: the units still
     * without scores are the ones the secretariat must chase.
     */
    public List<UnitScores> coverage(long campaignId) {
        Campaign campaign = campaign(campaignId);
        Map<String, Long> counts = scores.countByUnit(campaignId);
        List<UnitScores> list = new ArrayList<>();
        List<Unit> sorted = UnitOrder.sorted(units.byCode(campaignId).values());
        for (CampaignLevel level : campaign.levels()) {
            sorted.stream().filter(u -> u.level().equals(level.code()))
                    .forEach(u -> list.add(new UnitScores(u.code(), u.name(), level.code(), level.name(),
                            counts.getOrDefault(u.code(), 0L))));
        }
        return list;
    }

    /** Number of rows per unit code. */
    public Map<String, Long> countByUnit(long campaignId) {
        campaign(campaignId);
        return scores.countByUnit(campaignId);
    }

    /**
     * Sets one row (creates it, or changes it), checked like a file row; audit-logged when it changes.
     *
     * @return the stored row
     */
    public ScoreEntry put(long campaignId, Assessment value) {
        Campaign campaign = campaign(campaignId);
        requireEditable(campaign);
        Unit unit = units.find(campaignId, value.unit())
                .orElseThrow(() -> new NotFoundException("đơn vị", value.unit()));
        Framework framework = frameworksByLevel(campaign).get(unit.level());
        if (framework == null) {
            throw InvalidInputException.of("unit", "đơn vị " + unit.code() + " thuộc cấp " + unit.level()
                    + ", cấp không được chấm điểm trong đợt đánh giá");
        }
        List<FieldError> errors = ScoreFile.problems(null, value, framework);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.get(0).message(), errors);
        }
        Optional<ScoreEntry> current = scores.find(campaignId, value.unit(), value.item());
        String by = audit.actor();
        if (current.isEmpty()) {
            ScoreEntry entry = new ScoreEntry(campaignId, value, now(), by);
            scores.add(entry);
            audit.record(AuditAction.SCORE_CHANGED, campaignId, value.unit() + ", " + value.item(),
                    "trước: (chưa có) → sau: " + describe(entry.value()));
            return entry;
        }
        ScoreEntry entry = current.get();
        Assessment before = entry.value();
        if (entry.revise(value, now(), by)) {
            audit.record(AuditAction.SCORE_CHANGED, campaignId, value.unit() + ", " + value.item(),
                    "trước: " + describe(before) + " → sau: " + describe(entry.value()));
        }
        return entry;
    }

    /**
     * The stored rows as a scores CSV of scoring-lib (the file the scoring CLI reads), for the units of
     * {@code level}, or of every level when {@code null}.
     */
    public String csv(long campaignId, String level) {
        campaign(campaignId);
        Map<String, Unit> byCode = units.byCode(campaignId);
        List<Assessment> rows = new ArrayList<>();
        for (ScoreEntry e : scores.ofCampaign(campaignId)) {
            Unit u = byCode.get(e.unitCode());
            if (level == null || (u != null && u.level().equals(level))) {
                rows.add(e.value());
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        byCode.forEach((code, u) -> names.put(code, u.name()));
        return csv(rows, names);
    }

    /** {@code rows} as a scores CSV of scoring-lib, with the unit names given. */
    public static String csv(List<Assessment> rows, Map<String, String> unitNames) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CSV_COLUMNS)
                .setRecordSeparator("\n").get())) {
            for (Assessment a : rows) {
                CsvCells.printRow(csv, a.unit(), unitNames.getOrDefault(a.unit(), ""), a.item(), plain(a.selfScore()),
                        nz(a.selfFigure()), plain(a.appraisedScore()), nz(a.appraisedFigure()),
                        a.notApplicable() ? "true" : "", nz(a.evidence()), nz(a.explanation()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The framework of each rated level of the campaign, by level code. */
    public Map<String, Framework> frameworksByLevel(Campaign campaign) {
        Map<String, Framework> map = new LinkedHashMap<>();
        for (CampaignLevel level : campaign.levels()) {
            Framework f = frameworks.framework(level.framework()).orElseThrow(() -> new ConflictException(
                    "Bộ chỉ số " + level.framework() + " của cấp " + level.code() + " không có trong hệ thống.",
                    FieldError.of("framework", "không có bộ chỉ số " + level.framework(), level.framework())));
            map.put(level.code(), f);
        }
        return map;
    }

    private Map<String, String> levels(long campaignId) {
        Map<String, String> map = new HashMap<>();
        units.byCode(campaignId).forEach((code, u) -> map.put(code, u.level()));
        return map;
    }

    private static void requireEditable(Campaign campaign) {
        if (campaign.status().frozen()) {
            throw new ConflictException("Đợt đánh giá đã công bố (" + campaign.status().label()
                    + "): không thể thay đổi điểm.");
        }
    }

    static String describe(Assessment a) {
        List<String> parts = new ArrayList<>();
        if (a.notApplicable()) {
            parts.add("không áp dụng");
        }
        if (a.selfScore() != null || a.selfFigure() != null) {
            parts.add("tự chấm " + (a.selfScore() != null ? a.selfScore().toPlainString() : a.selfFigure()));
        }
        if (a.appraisedScore() != null || a.appraisedFigure() != null) {
            parts.add("thẩm định " + (a.appraisedScore() != null ? a.appraisedScore().toPlainString()
                    : a.appraisedFigure()));
        }
        if (a.evidence() != null) {
            parts.add("kiểm chứng: " + a.evidence());
        }
        if (a.explanation() != null) {
            parts.add("giải trình: " + a.explanation());
        }
        return parts.isEmpty() ? "(trống)" : String.join("; ", parts);
    }

    private static String plain(java.math.BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private Campaign campaign(long id) {
        return campaigns.find(id).orElseThrow(() -> new NotFoundException("đợt đánh giá", id));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
