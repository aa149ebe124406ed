package org.parindex.survey.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing someone did: when, who (a user name, or {@link #SYSTEM}), what, in which campaign, on what, and the
 * details. Immutable once written: no column may be updated.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    /** The actor of what the service does by itself (start-up, the demo). */
    public static final String SYSTEM = "hệ thống";

    static final int MAX_TARGET = 300;
    static final int MAX_DETAIL = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private AuditAction action;

    @Column(name = "campaign_id", updatable = false)
    private Long campaignId;

    @Column(updatable = false, length = MAX_TARGET)
    private String target;

    @Column(updatable = false, length = MAX_DETAIL)
    private String detail;

    protected AuditEntry() {
        // for JPA
    }

    /**
     * @param occurredAt when
     * @param actor      who: a user name, or {@link #SYSTEM} when blank
     * @param action     what
     * @param campaignId the campaign concerned, or {@code null}
     * @param target     on what, e.g. {@code "SO_NOI_VU, 1.1.1"}, or {@code null}; cut to 300 characters
     * @param detail     details in Vietnamese, or {@code null}; cut to 4000 characters
     */
    public AuditEntry(LocalDateTime occurredAt, String actor, AuditAction action, Long campaignId, String target,
                      String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt == null");
        this.actor = actor == null || actor.isBlank() ? SYSTEM : cut(actor.strip(), 100);
        this.action = Objects.requireNonNull(action, "action == null");
        this.campaignId = campaignId;
        this.target = target == null ? null : cut(target, MAX_TARGET);
        this.detail = detail == null ? null : cut(detail, MAX_DETAIL);
    }

    /** {@code text} cut to {@code max} characters, ending in "…" when cut (never splitting a surrogate pair). */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    public Long id() {
        return id;
    }

    public LocalDateTime occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public AuditAction action() {
        return action;
    }

    public Optional<Long> campaignId() {
        return Optional.ofNullable(campaignId);
    }

    public Optional<String> target() {
        return Optional.ofNullable(target);
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }
}
