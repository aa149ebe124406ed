package org.parindex.survey.selfassessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parindex.scoring.Assessment;
import org.parindex.scoring.Leaf;
import org.parindex.scoring.ScoreRow;
import org.parindex.survey.audit.application.AuditTrail;
import org.parindex.survey.audit.domain.AuditAction;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.CampaignLevel;
import org.parindex.survey.campaign.domain.Campaigns;
import org.parindex.survey.membership.application.Caller;
import org.parindex.survey.membership.application.MemberAccess.Reach;
import org.parindex.survey.membership.domain.Member;
import org.parindex.survey.problem.ConflictException;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.ForbiddenException;
import org.parindex.survey.problem.InvalidInputException;
import org.parindex.survey.problem.NotFoundException;
import org.parindex.survey.scores.application.ScoreFile;
import org.parindex.survey.scores.application.ScoreService;
import org.parindex.survey.selfassessment.application.DossierReader.Opened;
import org.parindex.survey.selfassessment.domain.Dossier;
import org.parindex.survey.selfassessment.domain.DossierStatus;
import org.parindex.survey.selfassessment.domain.Dossiers;
import org.parindex.survey.selfassessment.domain.EvidenceFile;
import org.parindex.survey.selfassessment.domain.LeafEntry;
import org.parindex.survey.unit.domain.Unit;
import org.parindex.survey.unit.domain.Units;

/**
 * The appraiser's use cases: set the appraised value and comment of a leaf (of their area, when assigned to one),
 * send the result to the unit (leaves left alone take the unit's own value), and finalise after the unit's
 * explanation or the end of its window. Finalising writes every self-scored leaf of the unit into the campaign's
 * score rows through {@link ScoreService#put} (the one scores service: checked, audited, and the index reads only
 * score rows), so the final appraisal overrides rows imported earlier for that unit; a later import may change
 * them again, audited like any score change. Every change is audit-logged with before and after.
 */
@ApplicationScoped
@Transactional
public class AppraisalService {

    private DossierReader reader;
    private Dossiers dossiers;
    private ScoreService scores;
    private Campaigns campaigns;
    private Units units;
    private SelfAssessmentConfig config;
    private AuditTrail audit;
    private Clock clock;

    AppraisalService() {
        // for the CDI proxy
    }

    @Inject
    public AppraisalService(DossierReader reader, Dossiers dossiers, ScoreService scores, Campaigns campaigns,
                            Units units, SelfAssessmentConfig config, AuditTrail audit, Clock clock) {
        this.reader = reader;
        this.dossiers = dossiers;
        this.scores = scores;
        this.campaigns = campaigns;
        this.units = units;
        this.config = config;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The appraiser's value of one leaf.
     *
     * @param appraisedScore  points as text, or null
     * @param appraisedFigure the raw figure for the leaf's rule, or null
     * @param comment         the appraiser's comment (required when the value differs from the unit's)
     */
    public record AppraisalInput(String appraisedScore, String appraisedFigure, String comment) {
    }

    /** Sets the appraised value of one leaf; 422 naming the field when scoring-lib refuses it. */
    public DossierView appraise(Caller caller, long campaignId, String unit, String item, AppraisalInput input) {
        Opened o = appraiser(caller, campaignId, unit);
        Leaf leaf = o.leaf(item);
        if (leaf.isSurvey()) {
            throw InvalidInputException.of("item", "tiêu chí " + item + " được chấm bằng điều tra xã hội học");
        }
        Member m = o.member().orElseThrow();
        if (!m.appraisesArea(o.areaOf(item))) {
            throw new ForbiddenException("Tài khoản " + caller.username() + " chỉ thẩm định lĩnh vực "
                    + m.areaCode().orElse("") + ", không thẩm định tiêu chí " + item + ".");
        }
        Dossier d = o.dossier().orElseThrow(() -> new ConflictException("Đơn vị " + unit + " chưa nộp tự đánh giá."));
        d.requireAppraisable(now());
        LeafEntry entry = dossiers.leaves(d.id()).stream().filter(l -> l.itemCode().equals(item)).findFirst()
                .orElseThrow(() -> new NotFoundException("tự đánh giá tiêu chí", item));
        Map<String, String> cells = new HashMap<>();
        cells.put("unit", o.unit().code());
        cells.put("item", item);
        cells.put("self_score", entry.selfScore());
        cells.put("self_figure", entry.selfFigure());
        cells.put("appraised_score", input.appraisedScore());
        cells.put("appraised_figure", input.appraisedFigure());
        ScoreRow row = ScoreRow.read(cells);
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(ScoreFile.fieldErrors(null, row.problems()));
        String comment = input.comment() == null || input.comment().isBlank() ? null
                : Normalizer.normalize(input.comment().strip(), Normalizer.Form.NFC);
        if (comment != null && comment.length() > 4000) {
            errors.add(FieldError.of("comment", "dài quá 4000 ký tự"));
        }
        Assessment value = row.assessment().orElseThrow();
        if (errors.isEmpty()) {
            errors.addAll(ScoreFile.problems(null, value, o.framework()));
        }
        if (errors.isEmpty() && !value.hasAppraisedValue()) {
            errors.add(FieldError.of("appraisedScore", "nhập điểm hoặc số liệu thẩm định"));
        }
        boolean differs = !java.util.Objects.equals(value.appraisedFigure(), entry.selfFigure())
                || !sameNumber(value.appraisedScore(), entry.selfScore());
        if (errors.isEmpty() && differs && comment == null) {
            errors.add(FieldError.of("comment", "nêu lý do khi điểm thẩm định khác điểm tự đánh giá"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.get(0).message(), errors);
        }
        String before = describe(entry);
        entry.appraise(value.appraisedScore(), value.appraisedFigure(), comment, now(), caller.username());
        String after = describe(entry);
        if (!before.equals(after)) {
            audit.record(AuditAction.APPRAISAL_CHANGED, campaignId, o.unit().code() + ", " + item,
                    "trước: " + before + " → sau: " + after);
        }
        return reader.view(o);
    }

    /** Sends the result to the unit; leaves the appraisers left alone take the unit's own value. */
    public DossierView send(Caller caller, long campaignId, String unit) {
        Opened o = appraiser(caller, campaignId, unit);
        Dossier d = dossiers.lock(campaignId, o.unit().code())
                .orElseThrow(() -> new ConflictException("Đơn vị " + unit + " chưa nộp tự đánh giá."));
        LocalDateTime now = now();
        String before = d.status().label();
        d.sendAppraisal(now, config.replyWindow());
        int accepted = 0;
        for (LeafEntry e : dossiers.leaves(d.id())) {
            if (!e.notApplicable() && e.acceptSelfIfUnappraised(now, caller.username())) {
                accepted++;
            }
        }
        audit.record(AuditAction.APPRAISAL_SENT, campaignId, o.unit().code(), "trước: " + before + " → sau: "
                + d.status().label() + "; " + accepted + " tiêu chí giữ điểm tự đánh giá; hạn giải trình "
                + d.replyUntil().orElseThrow());
        return reader.view(withDossier(o, d));
    }

    /** Locks the final figures and writes them into the campaign's score rows. */
    public DossierView finalise(Caller caller, long campaignId, String unit) {
        Opened o = appraiser(caller, campaignId, unit);
        Dossier d = dossiers.lock(campaignId, o.unit().code())
                .orElseThrow(() -> new ConflictException("Đơn vị " + unit + " chưa nộp tự đánh giá."));
        String before = d.status().label();
        d.finalise(now());
        Map<String, List<String>> names = new HashMap<>();
        for (EvidenceFile f : dossiers.evidence(d.id())) {
            names.computeIfAbsent(f.itemCode(), k -> new ArrayList<>()).add(f.fileName());
        }
        int written = 0;
        for (LeafEntry e : dossiers.leaves(d.id())) {
            if (o.framework().leaf(e.itemCode()).map(Leaf::isSurvey).orElse(true)) {
                continue;
            }
            scores.put(campaignId, e.assessment(o.unit().code(), names.getOrDefault(e.itemCode(), List.of())));
            written++;
        }
        audit.record(AuditAction.APPRAISAL_FINALISED, campaignId, o.unit().code(), "trước: " + before + " → sau: "
                + d.status().label() + "; " + written + " dòng điểm được ghi vào bảng điểm của đợt");
        return reader.view(withDossier(o, d));
    }

    /**
     * Progress of one rated level: its units, and how many dossiers are in each status (a unit without a dossier
     * counts as DRAFT with nothing saved).
     */
    public record LevelProgress(String level, String levelName, int units, Map<String, Integer> byStatus,
                                int submitted, int appraised, int explained, int finalised) {
    }

    /** Progress per rated level of the campaign (for the dashboard). */
    public List<LevelProgress> progress(Caller caller, long campaignId) {
        if (!caller.readsEverything() && !caller.is(org.parindex.survey.platform.Role.APPRAISER)) {
            throw new ForbiddenException("Chỉ Tổ thư ký, Hội đồng và thành viên thẩm định xem được tiến độ.");
        }
        Campaign c = campaigns.find(campaignId).orElseThrow(() -> new NotFoundException("đợt đánh giá", campaignId));
        Map<String, Unit> byCode = units.byCode(campaignId);
        Map<String, DossierStatus> status = new HashMap<>();
        dossiers.ofCampaign(campaignId).forEach(d -> status.put(d.unitCode(), d.status()));
        List<LevelProgress> out = new ArrayList<>();
        for (CampaignLevel level : c.levels()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (DossierStatus s : DossierStatus.values()) {
                counts.put(s.name(), 0);
            }
            int n = 0;
            for (Unit u : byCode.values()) {
                if (u.level().equals(level.code())) {
                    n++;
                    counts.merge(status.getOrDefault(u.code(), DossierStatus.DRAFT).name(), 1, Integer::sum);
                }
            }
            int finalised = counts.get("FINAL");
            int explained = counts.get("EXPLAINED") + finalised;
            int appraised = counts.get("APPRAISED") + explained;
            int submitted = counts.get("SUBMITTED") + appraised;
            out.add(new LevelProgress(level.code(), level.name(), n, counts, submitted, appraised,
                    explained, finalised));
        }
        return out;
    }

    /** The dossiers the caller appraises in a campaign (their level), with status. */
    public record Assigned(String unit, String unitName, String level, String status, String statusLabel) {
    }

    public List<Assigned> assigned(Caller caller, long campaignId) {
        Campaign c = campaigns.find(campaignId).orElseThrow(() -> new NotFoundException("đợt đánh giá", campaignId));
        java.util.Optional<Member> m = reader.membership(caller, campaignId);
        Map<String, DossierStatus> status = new HashMap<>();
        dossiers.ofCampaign(campaignId).forEach(d -> status.put(d.unitCode(), d.status()));
        List<Assigned> out = new ArrayList<>();
        for (Unit u : units.byCode(campaignId).values()) {
            boolean rated = c.level(u.level()).isPresent();
            boolean mine = m.map(x -> (caller.is(org.parindex.survey.platform.Role.OFFICER) && x.isOfficerOf(u.code()))
                    || (caller.is(org.parindex.survey.platform.Role.APPRAISER) && x.appraises(u.level())))
                    .orElse(false);
            if (rated && (mine || caller.readsEverything())) {
                DossierStatus s = status.getOrDefault(u.code(), DossierStatus.DRAFT);
                out.add(new Assigned(u.code(), u.name(), u.level(), s.name(), s.label()));
            }
        }
        out.sort(java.util.Comparator.comparing(Assigned::level).thenComparing(Assigned::unit));
        return out;
    }

    private Opened appraiser(Caller caller, long campaignId, String unit) {
        Opened o = reader.open(caller, campaignId, unit);
        if (o.reach() != Reach.APPRAISER) {
            throw new ForbiddenException("Chỉ thành viên thẩm định cấp " + o.unit().level()
                    + " được thẩm định đơn vị " + o.unit().code() + ".");
        }
        if (o.campaign().status().frozen()) {
            throw new ConflictException("Đợt đánh giá đã công bố: không thể thay đổi.");
        }
        return o;
    }

    private static Opened withDossier(Opened o, Dossier d) {
        return new Opened(o.campaign(), o.unit(), o.framework(), o.reach(), o.member(), java.util.Optional.of(d));
    }

    private static boolean sameNumber(java.math.BigDecimal a, String b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return a.compareTo(new java.math.BigDecimal(b)) == 0;
    }

    private static String describe(LeafEntry e) {
        String value = e.appraisedScore() != null ? "điểm " + e.appraisedScore()
                : e.appraisedFigure() != null ? "số liệu " + e.appraisedFigure() : "(chưa thẩm định)";
        return value + (e.comment() == null ? "" : "; nhận xét: " + e.comment());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
