package org.parindex.survey.questionnaire.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A questionnaire being answered (phiếu đang trả lời): kept on the server as the person goes, so that they can
 * close the phone and resume later or on another device. A draft is necessarily linked to the respondent (their
 * link finds it); its answers (text parts in {@code draft_part}) live apart from the anonymous
 * {@link SurveyAnswer}s, and the whole draft is deleted in the transaction that submits it.
 */
@Entity
@Table(name = "questionnaire_draft")
public class Draft {

    @Id
    @Column(name = "respondent_id")
    private long respondentId;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Draft() {
        // for JPA
    }

    public Draft(long campaignId, long respondentId, LocalDateTime now) {
        this.campaignId = campaignId;
        this.respondentId = respondentId;
        this.startedAt = Objects.requireNonNull(now, "now == null");
        this.updatedAt = now;
    }

    /** Records a change at {@code now}. */
    public void touch(LocalDateTime now) {
        this.updatedAt = Objects.requireNonNull(now, "now == null");
    }

    public long respondentId() {
        return respondentId;
    }

    public long campaignId() {
        return campaignId;
    }

    public LocalDateTime startedAt() {
        return startedAt;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }
}
