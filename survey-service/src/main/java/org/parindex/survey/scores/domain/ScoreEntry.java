package org.parindex.survey.scores.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import org.parindex.scoring.Assessment;

/**
 * The self-assessed and appraised value of one leaf for one unit of a campaign (one row of a scores file). Its
 * value is a scoring-lib {@link Assessment}; points are stored as exact decimal text, normalised (no trailing
 * zeros), so that {@code 1.0} and {@code 1} are the same score.
 */
@Entity
@Table(name = "score_entry")
public class ScoreEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(name = "unit_code", nullable = false, updatable = false, length = 50)
    private String unitCode;

    @Column(name = "item_code", nullable = false, updatable = false, length = 50)
    private String itemCode;

    @Column(name = "self_score", length = 40)
    private String selfScore;

    @Column(name = "self_figure", length = 100)
    private String selfFigure;

    @Column(name = "appraised_score", length = 40)
    private String appraisedScore;

    @Column(name = "appraised_figure", length = 100)
    private String appraisedFigure;

    @Column(name = "not_applicable", nullable = false)
    private boolean notApplicable;

    @Column(length = 2000)
    private String evidence;

    @Column(length = 2000)
    private String explanation;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected ScoreEntry() {
        // for JPA
    }

    /** A new row holding {@code value}, written by {@code by} at {@code now}. */
    public ScoreEntry(long campaignId, Assessment value, LocalDateTime now, String by) {
        Objects.requireNonNull(value, "value == null");
        this.campaignId = campaignId;
        this.unitCode = value.unit();
        this.itemCode = value.item();
        set(value, now, by);
    }

    /**
     * Replaces the value; the unit and the leaf cannot change.
     *
     * @return whether anything changed
     */
    public boolean revise(Assessment value, LocalDateTime now, String by) {
        Objects.requireNonNull(value, "value == null");
        if (!value.unit().equals(unitCode) || !value.item().equals(itemCode)) {
            throw new IllegalArgumentException("a score row keeps its unit and item: " + unitCode + "/" + itemCode
                    + ", not " + value.unit() + "/" + value.item());
        }
        if (holds(value)) {
            return false;
        }
        set(value, now, by);
        return true;
    }

    /** Whether this row holds {@code value} (points compared by value: 1.0 equals 1). */
    public boolean holds(Assessment value) {
        return value().equals(normalised(value));
    }

    /** The row as a scoring-lib assessment. */
    public Assessment value() {
        return new Assessment(unitCode, itemCode, decimal(selfScore), selfFigure, decimal(appraisedScore),
                appraisedFigure, notApplicable, evidence, explanation);
    }

    /** {@code value} with its points without trailing zeros, the form rows are stored and compared in. */
    public static Assessment normalised(Assessment value) {
        return new Assessment(value.unit(), value.item(), strip(value.selfScore()), value.selfFigure(),
                strip(value.appraisedScore()), value.appraisedFigure(), value.notApplicable(), value.evidence(),
                value.explanation());
    }

    private void set(Assessment value, LocalDateTime now, String by) {
        Assessment v = normalised(value);
        this.selfScore = text(v.selfScore());
        this.selfFigure = v.selfFigure();
        this.appraisedScore = text(v.appraisedScore());
        this.appraisedFigure = v.appraisedFigure();
        this.notApplicable = v.notApplicable();
        this.evidence = v.evidence();
        this.explanation = v.explanation();
        this.updatedAt = Objects.requireNonNull(now, "now == null");
        this.updatedBy = Objects.requireNonNull(by, "by == null");
    }

    private static BigDecimal strip(BigDecimal d) {
        if (d == null) {
            return null;
        }
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static String text(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    private static BigDecimal decimal(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    public Long id() {
        return id;
    }

    public long campaignId() {
        return campaignId;
    }

    public String unitCode() {
        return unitCode;
    }

    public String itemCode() {
        return itemCode;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
