package org.parindex.survey.selfassessment.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parindex.scoring.Assessment;
import org.parindex.scoring.Leaf;
import org.parindex.scoring.ScoreRow;
import org.parindex.survey.audit.application.AuditTrail;
import org.parindex.survey.audit.domain.AuditAction;
import org.parindex.survey.campaign.domain.CampaignDeleted;
import org.parindex.survey.membership.application.Caller;
import org.parindex.survey.membership.application.MemberAccess.Reach;
import org.parindex.survey.platform.Texts;
import org.parindex.survey.problem.ConflictException;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.ForbiddenException;
import org.parindex.survey.problem.InvalidInputException;
import org.parindex.survey.problem.NotFoundException;
import org.parindex.survey.scores.application.ScoreFile;
import org.parindex.survey.selfassessment.application.DossierReader.Opened;
import org.parindex.survey.selfassessment.domain.Dossier;
import org.parindex.survey.selfassessment.domain.DossierStatus;
import org.parindex.survey.selfassessment.domain.Dossiers;
import org.parindex.survey.selfassessment.domain.EvidenceFile;
import org.parindex.survey.selfassessment.domain.EvidenceStage;
import org.parindex.survey.selfassessment.domain.LeafEntry;

/**
 * The unit officer's use cases: self-assess a leaf (autosaved; values checked by scoring-lib's {@link ScoreRow} and
 * {@link Assessment#problems}), add and remove evidence, submit; after the appraisal, answer it per leaf and send
 * the explanation; and the secretariat's reopening of a submitted dossier. Every change is audit-logged with
 * before and after.
 */
@ApplicationScoped
@Transactional
public class SelfAssessmentService {

    private static final int MAX_TEXT = 4000;

    private DossierReader reader;
    private Dossiers dossiers;
    private SelfAssessmentConfig config;
    private AuditTrail audit;
    private Clock clock;

    SelfAssessmentService() {
        // for the CDI proxy
    }

    @Inject
    public SelfAssessmentService(DossierReader reader, Dossiers dossiers, SelfAssessmentConfig config,
                                 AuditTrail audit, Clock clock) {
        this.reader = reader;
        this.dossiers = dossiers;
        this.config = config;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What the unit enters for one leaf.
     *
     * @param selfScore     points, as text ({@code 7,5} or {@code 7.5}), or null
     * @param selfFigure    the raw figure the leaf's rule converts ({@code 15/15}, {@code ON_TIME}), or null
     * @param notApplicable whether the unit claims the leaf does not apply to it
     * @param naReason      why (required with the claim)
     * @param explanation   a written explanation (giải trình) where no evidence exists, or null
     */
    public record SelfInput(String selfScore, String selfFigure, boolean notApplicable, String naReason,
                            String explanation) {
    }

    /** The dossier of {@code unit} as the caller may see it. */
    public DossierView view(Caller caller, long campaignId, String unit) {
        return reader.view(reader.open(caller, campaignId, unit));
    }

    /** The printable self-assessment report (PDF) of {@code unit}, for whoever may read the dossier. */
    public byte[] report(Caller caller, long campaignId, String unit) {
        Opened o = reader.open(caller, campaignId, unit);
        return SelfAssessmentReport.pdf(o.campaign().name(), o.campaign().year(), reader.view(o));
    }

    /** Saves the unit's values of one leaf (autosave); 422 naming the field when scoring-lib refuses them. */
    public DossierView save(Caller caller, long campaignId, String unit, String item, SelfInput input) {
        Opened o = officer(caller, campaignId, unit);
        Leaf leaf = o.leaf(item);
        if (leaf.isSurvey()) {
            throw InvalidInputException.of("item", "tiêu chí " + item + " được chấm bằng điều tra xã hội học, "
                    + "đơn vị không tự chấm");
        }
        Map<String, String> cells = new HashMap<>();
        cells.put("unit", o.unit().code());
        cells.put("item", item);
        cells.put("self_score", input.selfScore());
        cells.put("self_figure", input.selfFigure());
        ScoreRow row = ScoreRow.read(cells);
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(ScoreFile.fieldErrors(null, row.problems()));
        String reason = text(input.naReason(), "naReason", errors);
        String explanation = text(input.explanation(), "explanation", errors);
        if (input.notApplicable() && reason == null) {
            errors.add(FieldError.of("naReason", "nêu lý do không áp dụng"));
        }
        Assessment value = null;
        if (row.assessment().isPresent()) {
            value = row.assessment().get().withNotApplicable(input.notApplicable());
            errors.addAll(ScoreFile.problems(null, value, o.framework()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.get(0).message(), errors);
        }
        Dossier d = draft(o);
        LeafEntry entry = leaf(d, item);
        String before = describe(entry);
        entry.selfAssess(value, reason, explanation, now(), caller.username());
        String after = describe(entry);
        if (!before.equals(after)) {
            audit.record(AuditAction.SELF_ASSESSMENT_CHANGED, campaignId, o.unit().code() + ", " + item,
                    "trước: " + before + " → sau: " + after);
        }
        return reader.view(reopened(o, d));
    }

    /** Submits the dossier: every self-scored leaf needs a value or a not-applicable claim. */
    public DossierView submit(Caller caller, long campaignId, String unit) {
        Opened o = officer(caller, campaignId, unit);
        Dossier d = dossiers.lock(campaignId, o.unit().code()).orElseThrow(() -> new ConflictException(
                "Chưa tự chấm tiêu chí nào: không có gì để nộp."));
        d.requireDraft();
        Map<String, LeafEntry> byItem = new HashMap<>();
        dossiers.leaves(d.id()).forEach(l -> byItem.put(l.itemCode(), l));
        List<FieldError> missing = new ArrayList<>();
        for (Leaf leaf : o.framework().leaves()) {
            LeafEntry e = byItem.get(leaf.code());
            if (!leaf.isSurvey() && (e == null || !e.answered())) {
                missing.add(FieldError.of(leaf.code(), "chưa tự chấm (nhập điểm/số liệu hoặc đánh dấu không áp dụng)"));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing.size() + " tiêu chí chưa tự chấm; chưa nộp được.", missing);
        }
        d.submit(now());
        audit.record(AuditAction.SELF_ASSESSMENT_SUBMITTED, campaignId, o.unit().code(), "trước: "
                + DossierStatus.DRAFT.label() + " → sau: " + d.status().label());
        return reader.view(reopened(o, d));
    }

    /** The secretariat brings a submitted dossier back to the unit. */
    public DossierView reopen(Caller caller, long campaignId, String unit) {
        if (!caller.runsCampaigns()) {
            throw new ForbiddenException("Chỉ Tổ thư ký được mở lại hồ sơ tự đánh giá.");
        }
        Opened o = reader.open(caller, campaignId, unit);
        Dossier d = dossiers.lock(campaignId, o.unit().code())
                .orElseThrow(() -> new NotFoundException("hồ sơ tự đánh giá", unit));
        String before = d.status().label();
        d.reopen(now());
        audit.record(AuditAction.SELF_ASSESSMENT_REOPENED, campaignId, o.unit().code(), "trước: " + before
                + " → sau: " + d.status().label());
        return reader.view(reopened(o, d));
    }

    /** The unit's answer to the appraisal of one leaf, within the window. */
    public DossierView reply(Caller caller, long campaignId, String unit, String item, String text) {
        Opened o = officer(caller, campaignId, unit);
        o.leaf(item);
        Dossier d = o.dossier().orElseThrow(() -> new NotFoundException("hồ sơ tự đánh giá", unit));
        d.requireReplyOpen(now());
        List<FieldError> errors = new ArrayList<>();
        String reply = text(text, "reply", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.get(0).message(), errors);
        }
        LeafEntry entry = leaf(d, item);
        String before = entry.reply() == null ? "(chưa có)" : entry.reply();
        entry.reply(reply, now(), caller.username());
        audit.record(AuditAction.SELF_ASSESSMENT_CHANGED, campaignId, o.unit().code() + ", " + item,
                "giải trình trước: " + before + " → sau: " + (reply == null ? "(xoá)" : reply));
        return reader.view(o);
    }

    /** Sends the unit's explanation to the appraisers. */
    public DossierView explain(Caller caller, long campaignId, String unit) {
        Opened o = officer(caller, campaignId, unit);
        Dossier d = dossiers.lock(campaignId, o.unit().code())
                .orElseThrow(() -> new NotFoundException("hồ sơ tự đánh giá", unit));
        String before = d.status().label();
        d.explain(now());
        audit.record(AuditAction.EXPLANATION_SENT, campaignId, o.unit().code(), "trước: " + before + " → sau: "
                + d.status().label());
        return reader.view(reopened(o, d));
    }

    /**
     * Stores an evidence document of one leaf: with the self-assessment (DRAFT) or with the explanation (within
     * the window). Checked by content ({@link EvidenceCheck}) before anything is stored.
     */
    public DossierView.EvidenceView upload(Caller caller, long campaignId, String unit, String item, String name,
                                           byte[] bytes) {
        Opened o = officer(caller, campaignId, unit);
        Leaf leaf = o.leaf(item);
        if (leaf.isSurvey()) {
            throw InvalidInputException.of("item", "tiêu chí " + item + " được chấm bằng điều tra xã hội học");
        }
        EvidenceCheck.Accepted ok = EvidenceCheck.check(name, bytes, config.maxEvidenceBytes());
        LocalDateTime now = now();
        EvidenceStage stage;
        Dossier d;
        if (o.dossier().isPresent() && o.dossier().get().status() != DossierStatus.DRAFT) {
            d = o.dossier().get();
            d.requireReplyOpen(now);
            stage = EvidenceStage.EXPLANATION;
        } else {
            d = draft(o);
            stage = EvidenceStage.SELF;
        }
        long already = dossiers.evidence(d.id()).stream().filter(f -> f.itemCode().equals(item)).count();
        if (already >= config.maxFilesPerLeaf()) {
            throw new ConflictException("Tiêu chí " + item + " đã có " + already + " tài liệu (tối đa "
                    + config.maxFilesPerLeaf() + ").", FieldError.of("file", "quá số tài liệu của một tiêu chí"));
        }
        EvidenceFile f = new EvidenceFile(d.id(), item, stage, ok.fileName(), ok.mediaType(), bytes.length,
                ok.sha256(), now, caller.username());
        dossiers.addEvidence(f, bytes);
        audit.record(AuditAction.EVIDENCE_UPLOADED, campaignId, o.unit().code() + ", " + item, f.fileName() + " ("
                + f.mediaType() + ", " + f.size() + " byte, SHA-256 " + f.sha256() + ", " + stage.label() + ")");
        return new DossierView.EvidenceView(f.id(), f.fileName(), f.mediaType(), f.size(), f.sha256(),
                stage.name(), f.uploadedAt(), f.uploadedBy());
    }

    /** A stored document and its bytes, for whoever may read the dossier. */
    public record Download(EvidenceFile file, byte[] content) {
    }

    public Download download(Caller caller, long campaignId, String unit, long fileId) {
        Opened o = reader.open(caller, campaignId, unit);
        EvidenceFile f = file(o, fileId);
        return new Download(f, dossiers.content(f.id()));
    }

    /** Removes a document the unit added at the stage it is still in. */
    public void remove(Caller caller, long campaignId, String unit, long fileId) {
        Opened o = officer(caller, campaignId, unit);
        EvidenceFile f = file(o, fileId);
        Dossier d = o.dossier().orElseThrow();
        if (f.stage() == EvidenceStage.SELF) {
            d.requireDraft();
        } else {
            d.requireReplyOpen(now());
        }
        dossiers.removeEvidence(f);
        audit.record(AuditAction.EVIDENCE_REMOVED, campaignId, o.unit().code() + ", " + f.itemCode(),
                f.fileName() + " (SHA-256 " + f.sha256() + ")");
    }

    void removeAll(@Observes @Priority(CampaignDeleted.RESPONDENTS_FIRST) CampaignDeleted deleted) {
        dossiers.removeAll(deleted.campaignId());
    }

    private EvidenceFile file(Opened o, long fileId) {
        return o.dossier().flatMap(d -> dossiers.evidenceFile(fileId).filter(f -> f.dossierId() == d.id()))
                .orElseThrow(() -> new NotFoundException("tài liệu kiểm chứng", fileId));
    }

    private Opened officer(Caller caller, long campaignId, String unit) {
        Opened o = reader.open(caller, campaignId, unit);
        if (o.reach() != Reach.OFFICER) {
            throw new ForbiddenException("Chỉ cán bộ đầu mối của đơn vị " + o.unit().code()
                    + " được tự đánh giá, giải trình.");
        }
        if (o.campaign().status().frozen()) {
            throw new ConflictException("Đợt đánh giá đã công bố: không thể thay đổi.");
        }
        return o;
    }

    private Dossier draft(Opened o) {
        Dossier d = o.dossier().orElseGet(() -> {
            Dossier created = new Dossier(o.campaign().id(), o.unit().code(), now());
            dossiers.add(created);
            return created;
        });
        d.requireDraft();
        return d;
    }

    private LeafEntry leaf(Dossier d, String item) {
        return dossiers.leaves(d.id()).stream().filter(l -> l.itemCode().equals(item)).findFirst().orElseGet(() -> {
            LeafEntry e = new LeafEntry(d.id(), item, now(), audit.actor());
            dossiers.addLeaf(e);
            return e;
        });
    }

    private static Opened reopened(Opened o, Dossier d) {
        return new Opened(o.campaign(), o.unit(), o.framework(), o.reach(), o.member(), java.util.Optional.of(d));
    }

    static String describe(LeafEntry e) {
        List<String> parts = new ArrayList<>();
        if (e.notApplicable()) {
            parts.add("không áp dụng (" + e.naReason() + ")");
        }
        if (e.selfScore() != null) {
            parts.add("tự chấm " + e.selfScore());
        }
        if (e.selfFigure() != null) {
            parts.add("số liệu " + e.selfFigure());
        }
        if (e.explanation() != null) {
            parts.add("giải trình: " + e.explanation());
        }
        return parts.isEmpty() ? "(trống)" : String.join("; ", parts);
    }

    /** Stripped NFC text of at most 4 000 characters, or null when blank. */
    static String text(String value, String field, List<FieldError> errors) {
        String t = Texts.nfcOrNull(value);
        if (t == null) {
            return null;
        }
        if (t.length() > MAX_TEXT) {
            errors.add(FieldError.of(field, "dài quá " + MAX_TEXT + " ký tự"));
            return null;
        }
        return t;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
