package org.parindex.survey.selfassessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parindex.scoring.Assessment;

/**
 * One leaf of a dossier: the unit's side (points or raw figure, a not-applicable claim with its reason, a written
 * explanation, its answer to the appraisal) and the appraiser's (points or figure, comment). Values are checked by
 * scoring-lib before they get here; points are kept as exact decimal text.
 */
@Entity
@Table(name = "self_assessment_leaf")
public class LeafEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    private long dossierId;

    @Column(name = "item_code", nullable = false, updatable = false, length = 50)
    private String itemCode;

    @Column(name = "self_score", length = 40)
    private String selfScore;

    @Column(name = "self_figure", length = 100)
    private String selfFigure;

    @Column(name = "not_applicable", nullable = false)
    private boolean notApplicable;

    @Column(name = "na_reason", length = 2000)
    private String naReason;

    @Column(length = 4000)
    private String explanation;

    @Column(name = "appraised_score", length = 40)
    private String appraisedScore;

    @Column(name = "appraised_figure", length = 100)
    private String appraisedFigure;

    @Column(name = "appraiser_comment", length = 4000)
    private String comment;

    @Column(name = "unit_reply", length = 4000)
    private String reply;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected LeafEntry() {
        // for JPA
    }

    public LeafEntry(long dossierId, String itemCode, LocalDateTime now, String by) {
        this.dossierId = dossierId;
        this.itemCode = Objects.requireNonNull(itemCode, "itemCode == null");
        touch(now, by);
    }

    /**
     * The unit's side, as checked.
     *
     * @param value       the self value (its unit, item, self score or figure and not-applicable flag are used)
     * @param naReason    why the leaf does not apply (required when claimed)
     * @param explanation the written explanation, or {@code null}
     */
    public void selfAssess(Assessment value, String naReason, String explanation, LocalDateTime now, String by) {
        this.selfScore = text(value.selfScore());
        this.selfFigure = value.selfFigure();
        this.notApplicable = value.notApplicable();
        this.naReason = value.notApplicable() ? naReason : null;
        this.explanation = explanation;
        touch(now, by);
    }

    /** The appraiser's side. */
    public void appraise(BigDecimal score, String figure, String comment, LocalDateTime now, String by) {
        this.appraisedScore = text(score);
        this.appraisedFigure = figure;
        this.comment = comment;
        touch(now, by);
    }

    /** Accepts the unit's own value as the appraised one, where the appraiser set none. */
    public boolean acceptSelfIfUnappraised(LocalDateTime now, String by) {
        if (appraisedScore != null || appraisedFigure != null || (selfScore == null && selfFigure == null)) {
            return false;
        }
        appraisedScore = selfScore;
        appraisedFigure = selfFigure;
        touch(now, by);
        return true;
    }

    /** The unit's answer to the appraisal (giải trình). */
    public void reply(String text, LocalDateTime now, String by) {
        this.reply = text;
        touch(now, by);
    }

    /** Whether the unit gave a self value or claimed the leaf not applicable. */
    public boolean answered() {
        return notApplicable || selfScore != null || selfFigure != null;
    }

    /**
     * The leaf as a scoring-lib row of {@code unit}: the evidence is the names of its documents, the explanation the
     * unit's explanation, not-applicable reason and answer to the appraisal, and the appraiser's comment.
     */
    public Assessment assessment(String unit, List<String> evidenceNames) {
        List<String> why = new ArrayList<>();
        if (explanation != null) {
            why.add(explanation);
        }
        if (naReason != null) {
            why.add("Không áp dụng: " + naReason);
        }
        if (reply != null) {
            why.add("Giải trình sau thẩm định: " + reply);
        }
        if (comment != null) {
            why.add("Nhận xét thẩm định: " + comment);
        }
        return new Assessment(unit, itemCode, decimal(selfScore), selfFigure, decimal(appraisedScore),
                appraisedFigure, notApplicable, cut(String.join("; ", evidenceNames)), cut(String.join(" | ", why)));
    }

    private static String cut(String s) {
        return s.length() > 2000 ? s.substring(0, 1999) + "…" : s;
    }

    private void touch(LocalDateTime now, String by) {
        this.updatedAt = Objects.requireNonNull(now, "now == null");
        this.updatedBy = Objects.requireNonNull(by, "by == null");
    }

    private static String text(BigDecimal d) {
        if (d == null) {
            return null;
        }
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private static BigDecimal decimal(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    public long dossierId() {
        return dossierId;
    }

    public String itemCode() {
        return itemCode;
    }

    public String selfScore() {
        return selfScore;
    }

    public String selfFigure() {
        return selfFigure;
    }

    public boolean notApplicable() {
        return notApplicable;
    }

    public String naReason() {
        return naReason;
    }

    public String explanation() {
        return explanation;
    }

    public String appraisedScore() {
        return appraisedScore;
    }

    public String appraisedFigure() {
        return appraisedFigure;
    }

    public String comment() {
        return comment;
    }

    public String reply() {
        return reply;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
