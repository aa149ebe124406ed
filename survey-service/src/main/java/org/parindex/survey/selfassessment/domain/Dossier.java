package org.parindex.survey.selfassessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.parindex.survey.problem.ConflictException;

/**
 * One unit's self-assessment and its appraisal in one campaign, and the rules of its statuses: the unit edits a
 * DRAFT and submits it; appraisers work on a SUBMITTED dossier and send it (APPRAISED, with a window to explain);
 * the unit may explain within the window (EXPLAINED); the appraisers then finalise it (FINAL, locked). The
 * secretariat may reopen a SUBMITTED dossier. A refused step is a 409 naming the status.
 */
@Entity
@Table(name = "self_assessment")
public class Dossier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(name = "unit_code", nullable = false, updatable = false, length = 50)
    private String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DossierStatus status;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "appraised_at")
    private LocalDateTime appraisedAt;

    @Column(name = "reply_until")
    private LocalDateTime replyUntil;

    @Column(name = "explained_at")
    private LocalDateTime explainedAt;

    @Column(name = "finalised_at")
    private LocalDateTime finalisedAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Dossier() {
        // for JPA
    }

    /** A new, empty DRAFT. */
    public Dossier(long campaignId, String unitCode, LocalDateTime now) {
        this.campaignId = campaignId;
        this.unitCode = Objects.requireNonNull(unitCode, "unitCode == null");
        this.status = DossierStatus.DRAFT;
        this.updatedAt = now;
    }

    /** 409 unless the unit may change its self-assessment (a DRAFT). */
    public void requireDraft() {
        if (status != DossierStatus.DRAFT) {
            throw refused("sửa tự đánh giá", "chỉ sửa được khi đang tự đánh giá; đề nghị Tổ thư ký mở lại nếu cần");
        }
    }

    public void submit(LocalDateTime now) {
        requireDraft();
        status = DossierStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    /** The secretariat brings a submitted dossier back to the unit. */
    public void reopen(LocalDateTime now) {
        if (status != DossierStatus.SUBMITTED) {
            throw refused("mở lại", "chỉ mở lại được hồ sơ đã nộp và chưa gửi kết quả thẩm định");
        }
        status = DossierStatus.DRAFT;
        updatedAt = now;
    }

    /** 409 unless appraisers may change appraised values now. */
    public void requireAppraisable(LocalDateTime now) {
        boolean ok = status == DossierStatus.SUBMITTED || status == DossierStatus.EXPLAINED
                || (status == DossierStatus.APPRAISED && !replyOpen(now));
        if (!ok) {
            throw refused("thẩm định", status == DossierStatus.APPRAISED
                    ? "đơn vị còn thời hạn giải trình đến " + replyUntil : "hồ sơ chưa nộp hoặc đã chốt");
        }
    }

    /** Appraisers send their result; the unit may explain for {@code window}. */
    public void sendAppraisal(LocalDateTime now, Duration window) {
        if (status != DossierStatus.SUBMITTED) {
            throw refused("gửi kết quả thẩm định", "chỉ gửi được khi hồ sơ đã nộp và chưa gửi kết quả");
        }
        status = DossierStatus.APPRAISED;
        appraisedAt = now;
        replyUntil = now.plus(window);
        updatedAt = now;
    }

    /** Whether the unit may still explain. */
    public boolean replyOpen(LocalDateTime now) {
        return status == DossierStatus.APPRAISED && replyUntil != null && now.isBefore(replyUntil);
    }

    /** 409 unless the unit may explain now. */
    public void requireReplyOpen(LocalDateTime now) {
        if (!replyOpen(now)) {
            throw refused("giải trình", status == DossierStatus.APPRAISED ? "đã hết thời hạn giải trình"
                    : "chỉ giải trình được sau khi nhận kết quả thẩm định, trong thời hạn");
        }
    }

    public void explain(LocalDateTime now) {
        requireReplyOpen(now);
        status = DossierStatus.EXPLAINED;
        explainedAt = now;
        updatedAt = now;
    }

    /** Appraisers lock the final figures (after the unit explained, or its window closed). */
    public void finalise(LocalDateTime now) {
        boolean ok = status == DossierStatus.EXPLAINED || (status == DossierStatus.APPRAISED && !replyOpen(now));
        if (!ok) {
            throw refused("chốt kết quả", status == DossierStatus.APPRAISED
                    ? "đơn vị còn thời hạn giải trình đến " + replyUntil
                    : "chỉ chốt được sau khi gửi kết quả thẩm định (và đơn vị giải trình hoặc hết hạn)");
        }
        status = DossierStatus.FINAL;
        finalisedAt = now;
        updatedAt = now;
    }

    private ConflictException refused(String action, String why) {
        return new ConflictException("Không thể " + action + ": hồ sơ của đơn vị " + unitCode + " đang ở trạng thái \""
                + status.label() + "\" (" + why + ").");
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

    public DossierStatus status() {
        return status;
    }

    public Optional<LocalDateTime> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<LocalDateTime> appraisedAt() {
        return Optional.ofNullable(appraisedAt);
    }

    public Optional<LocalDateTime> replyUntil() {
        return Optional.ofNullable(replyUntil);
    }

    public Optional<LocalDateTime> explainedAt() {
        return Optional.ofNullable(explainedAt);
    }

    public Optional<LocalDateTime> finalisedAt() {
        return Optional.ofNullable(finalisedAt);
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }
}
