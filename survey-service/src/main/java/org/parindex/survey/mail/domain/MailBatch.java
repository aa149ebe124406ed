package org.parindex.survey.mail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The mails queued by one request (invite a group, remind everyone), so that its progress can be followed while
 * the worker sends them.
 */
@Entity
@Table(name = "mail_batch")
public class MailBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(nullable = false)
    private String purpose;

    @Column(name = "group_code")
    private String groupCode;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected MailBatch() {
        // for JPA
    }

    /** A batch of {@code purpose} mails for one group ({@code null}: every group). */
    public MailBatch(long campaignId, String purpose, String groupCode, LocalDateTime now) {
        this.campaignId = campaignId;
        this.purpose = purpose;
        this.groupCode = groupCode;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public long campaignId() {
        return campaignId;
    }

    public String purpose() {
        return purpose;
    }

    public Optional<String> groupCode() {
        return Optional.ofNullable(groupCode);
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }
}
