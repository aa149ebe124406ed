package org.parindex.survey.respondent.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parindex.survey.audit.application.AuditTrail;
import org.parindex.survey.audit.domain.AuditAction;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.CampaignDeleted;
import org.parindex.survey.campaign.domain.Campaigns;
import org.parindex.survey.campaign.domain.SampleGroup;
import org.parindex.survey.problem.ConflictException;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.InvalidInputException;
import org.parindex.survey.problem.NotFoundException;
import org.parindex.survey.respondent.domain.Respondent;
import org.parindex.survey.respondent.domain.RespondentDraft;
import org.parindex.survey.respondent.domain.Respondents.RespondentFilter;
import org.parindex.survey.respondent.domain.Respondents;
import org.parindex.survey.tabular.ImportReport.Outcome;
import org.parindex.survey.tabular.ImportReport.RowResult;
import org.parindex.survey.tabular.ImportReport;
import org.parindex.survey.tabular.Table;
import org.parindex.survey.tabular.TableReader;
import org.parindex.survey.unit.application.UnitService;
import org.parindex.survey.unit.domain.Unit;
import org.parindex.survey.unit.domain.Units;

/**
 * Use cases of respondents: register, change, remove one; import many from CSV or XLSX, all or nothing and
 * idempotent; list them; compare them with the quotas.
 */
@ApplicationScoped
@Transactional
public class RespondentService {

    /** Canonical columns of a respondents file and the header spellings accepted for each. */
    public static final TableReader READER = new TableReader(Map.of(
            "full_name", List.of("fullName", "họ và tên", "họ tên", "ho va ten", "ho ten", "name", "tên"),
            "position", List.of("chức vụ", "chuc vu", "job_title"),
            "organisation", List.of("organization", "cơ quan", "co quan", "đơn vị công tác", "cơ quan, đơn vị"),
            "email", List.of("e-mail", "thư điện tử", "địa chỉ email"),
            "phone", List.of("điện thoại", "dien thoai", "số điện thoại", "telephone", "tel"),
            "group", List.of("group_code", "nhóm", "nhom", "mã nhóm", "nhóm đối tượng"),
            "home_unit", List.of("homeUnit", "unit", "đơn vị", "mã đơn vị", "home_unit_code"),
            "office", List.of("office_code", "phòng", "mã phòng", "phòng chuyên môn")));

    private static final Set<String> REQUIRED = Set.of("full_name", "group");

    private Campaigns campaigns;
    private Respondents respondents;
    private Units units;
    private Clock clock;
    private AuditTrail audit;

    RespondentService() {
        // for the CDI proxy
    }

    @Inject
    public RespondentService(Campaigns campaigns, Respondents respondents, Units units, Clock clock,
                             AuditTrail audit) {
        this.campaigns = campaigns;
        this.respondents = respondents;
        this.units = units;
        this.clock = clock;
        this.audit = audit;
    }

    /** The raw values of a respondent, as a request gives them ({@code office}: for groups registered by office). */
    public record Details(String fullName, String position, String organisation, String email, String phone,
                          String group, String homeUnit, String office) {

        /** Details of a respondent of a group not registered by office. */
        public Details(String fullName, String position, String organisation, String email, String phone,
                       String group, String homeUnit) {
            this(fullName, position, organisation, email, phone, group, homeUnit, null);
        }
    }

    public List<Respondent> list(long campaignId, RespondentFilter filter, int offset, int limit) {
        campaign(campaignId);
        return respondents.list(campaignId, filter, offset, limit);
    }

    public long count(long campaignId, RespondentFilter filter) {
        return respondents.count(campaignId, filter);
    }

    public Respondent find(long campaignId, long id) {
        campaign(campaignId);
        return respondents.find(campaignId, id).orElseThrow(() -> new NotFoundException("người được điều tra", id));
    }

    /** A draft campaign is deleted: its respondents go first (they refer to its units and groups). */
    void removeAll(@Observes @Priority(CampaignDeleted.RESPONDENTS_FIRST) CampaignDeleted deleted) {
        respondents.removeAll(deleted.campaignId());
    }

    /** Registers one person; 409 when the same person (e-mail, or name in group and unit) is already there. */
    public Respondent register(long campaignId, Details details) {
        Campaign campaign = campaign(campaignId);
        campaign.requireRespondentsEditable("thêm người được điều tra");
        Placed placed = place(campaign, check(null, details));
        if (respondents.byPersonKey(campaignId).containsKey(placed.draft().personKey())) {
            throw new ConflictException("Người này đã có trong danh sách (trùng e-mail hoặc họ tên trong cùng nhóm"
                    + " và đơn vị).", FieldError.of(placed.draft().email() != null ? "email" : "fullName",
                    "trùng người đã đăng ký", placed.draft().email() != null ? placed.draft().email().value()
                            : placed.draft().fullName()));
        }
        Respondent r = new Respondent(placed.draft(), placed.group(), placed.unit(), now());
        respondents.add(r);
        audit.record(AuditAction.RESPONDENT_ADDED, campaignId, who(r), null);
        return r;
    }

    /** Replaces every detail of one respondent. */
    public Respondent update(long campaignId, long id, Details details) {
        Campaign campaign = campaign(campaignId);
        campaign.requireRespondentsEditable("sửa thông tin người được điều tra");
        Respondent r = respondents.find(campaignId, id)
                .orElseThrow(() -> new NotFoundException("người được điều tra", id));
        Placed placed = place(campaign, check(null, details));
        Respondent other = respondents.byPersonKey(campaignId).get(placed.draft().personKey());
        if (other != null && !other.id().equals(r.id())) {
            throw new ConflictException("Thông tin này trùng với người được điều tra số " + other.id() + ".",
                    FieldError.of(placed.draft().email() != null ? "email" : "fullName", "trùng người đã đăng ký"));
        }
        r.apply(placed.draft(), placed.group(), placed.unit(), now());
        audit.record(AuditAction.RESPONDENT_CHANGED, campaignId, who(r), null);
        return r;
    }

    /** Removes a respondent from a draft campaign. */
    public void remove(long campaignId, long id) {
        Campaign campaign = campaign(campaignId);
        campaign.requireSetUpEditable("xoá người được điều tra");
        Respondent r = respondents.find(campaignId, id)
                .orElseThrow(() -> new NotFoundException("người được điều tra", id));
        respondents.remove(r);
        audit.record(AuditAction.RESPONDENT_REMOVED, campaignId, who(r), null);
    }

    /**
     * Imports respondents from a CSV or XLSX file: every row is checked (e-mail, phone, group and home unit known
     * in the campaign, no person twice in the file), and only when all rows are sound are they written: new
     * people are added, known people (same key) updated where they differ. With {@code dryRun} nothing is written.
     *
     * @throws InvalidInputException (422) with the per-row report when any row is wrong
     */
    public ImportReport importFile(long campaignId, byte[] file, boolean dryRun) {
        Campaign campaign = campaign(campaignId);
        campaign.requireRespondentsEditable("nhập danh sách người được điều tra");
        Table table = READER.read(file);
        List<String> missing = table.missing(REQUIRED);
        if (!missing.isEmpty()) {
            throw new InvalidInputException("Tệp thiếu cột bắt buộc: " + String.join(", ", missing)
                    + " (cột: full_name, position, organisation, email, phone, group, home_unit, office).",
                    missing.stream().map(c -> FieldError.of(c, "thiếu cột " + c)).toList());
        }
        Map<String, Respondent> existing = respondents.byPersonKey(campaignId);
        Map<String, Unit> unitsByCode = units.byCode(campaignId);
        Map<String, Integer> rowOfKey = new java.util.HashMap<>();
        List<RowResult> results = new ArrayList<>();
        List<Placed> accepted = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            Details d = new Details(row.get("full_name"), row.get("position"), row.get("organisation"),
                    row.get("email"), row.get("phone"), row.get("group"), row.get("home_unit"), row.get("office"));
            String label = label(d);
            RespondentDraft.Checked checked = check(row.number(), d);
            if (!checked.ok()) {
                results.add(new RowResult(row.number(), Outcome.REJECTED, label, asColumns(checked.errors())));
                continue;
            }
            RespondentDraft draft = checked.draft();
            List<FieldError> errors = new ArrayList<>();
            Optional<SampleGroup> group = campaign.group(draft.group());
            Unit unit = draft.homeUnit() == null ? null : unitsByCode.get(draft.homeUnit());
            if (group.isEmpty()) {
                errors.add(new FieldError("group", "không có nhóm mã " + draft.group() + " trong đợt đánh giá",
                        row.number(), draft.group()));
            } else {
                errors.addAll(Respondent.placementErrors(row.number(), group.get(), unit, draft.homeUnit(),
                        draft.office()));
            }
            Integer earlier = rowOfKey.putIfAbsent(draft.personKey(), row.number());
            if (earlier != null) {
                errors.add(new FieldError(draft.email() != null ? "email" : "full_name",
                        "trùng người ở dòng " + earlier, row.number(),
                        draft.email() != null ? draft.email().value() : draft.fullName()));
            }
            if (!errors.isEmpty()) {
                results.add(new RowResult(row.number(), Outcome.REJECTED, label, asColumns(errors)));
                continue;
            }
            Placed placed = new Placed(draft, group.get(), unit);
            accepted.add(placed);
            Respondent current = existing.get(draft.personKey());
            Outcome outcome = current == null ? Outcome.CREATED
                    : current.matches(draft, placed.group(), unit) ? Outcome.UNCHANGED : Outcome.UPDATED;
            results.add(new RowResult(row.number(), outcome, label, List.of()));
        }
        ImportReport report = ImportReport.of(table.format(), dryRun, results);
        if (report.rows() == 0) {
            throw InvalidInputException.of("file", "tệp không có dòng dữ liệu nào dưới dòng tiêu đề");
        }
        if (report.rejected() > 0) {
            throw new InvalidInputException(report.rejected() + "/" + report.rows()
                    + " dòng có lỗi; không ai được nhập. Sửa các dòng được nêu rồi nhập lại cả tệp.",
                    report.errors(), report);
        }
        if (!dryRun) {
            LocalDateTime now = now();
            for (Placed p : accepted) {
                Respondent current = existing.get(p.draft().personKey());
                if (current == null) {
                    respondents.add(new Respondent(p.draft(), p.group(), p.unit(), now));
                } else if (!current.matches(p.draft(), p.group(), p.unit())) {
                    current.apply(p.draft(), p.group(), p.unit(), now);
                }
            }
            audit.record(AuditAction.RESPONDENTS_IMPORTED, campaignId, table.format(), UnitService.summary(report));
        }
        return report;
    }

    private static String label(Details d) {
        String name = d.fullName() == null || d.fullName().isBlank() ? "—" : d.fullName().strip();
        return d.email() == null || d.email().isBlank() ? name : name + " <" + d.email().strip() + ">";
    }

    private record Placed(RespondentDraft draft, SampleGroup group, Unit unit) {
    }

    private static RespondentDraft.Checked check(Integer row, Details d) {
        return RespondentDraft.check(row, d.fullName(), d.position(), d.organisation(), d.email(), d.phone(),
                d.group(), d.homeUnit(), d.office());
    }

    private Placed place(Campaign campaign, RespondentDraft.Checked checked) {
        if (!checked.ok()) {
            throw new InvalidInputException("Thông tin người được điều tra không hợp lệ.", checked.errors());
        }
        RespondentDraft draft = checked.draft();
        SampleGroup group = campaign.group(draft.group()).orElseThrow(() -> InvalidInputException.of("group",
                "không có nhóm mã " + draft.group() + " trong đợt đánh giá"));
        Unit unit = draft.homeUnit() == null ? null : units.find(campaign.id(), draft.homeUnit()).orElse(null);
        List<FieldError> errors = Respondent.placementErrors(null, group, unit, draft.homeUnit(), draft.office());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.get(0).message(), errors);
        }
        return new Placed(draft, group, unit);
    }

    private Campaign campaign(long id) {
        return campaigns.find(id).orElseThrow(() -> new NotFoundException("đợt đánh giá", id));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** Error fields of a file row are named after its columns ({@code full_name}, not {@code fullName}). */
    private static List<FieldError> asColumns(List<FieldError> errors) {
        return errors.stream().map(e -> new FieldError(COLUMN_OF.getOrDefault(e.field(), e.field()), e.message(),
                e.row(), e.value())).toList();
    }

    private static final Map<String, String> COLUMN_OF = Map.of("fullName", "full_name", "homeUnit", "home_unit");

    /** A respondent as the audit log names them: number, group and home unit, never contact details. */
    private static String who(Respondent r) {
        return "người được điều tra " + r.id() + " (nhóm " + r.group().code() + ")";
    }
}
