package org.parindex.survey.invitation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.parindex.survey.problem.ConflictException;
import org.parindex.survey.respondent.domain.Respondent;

/**
 * A respondent's invitation to a campaign's survey: the link they hold (its nonce and hashes, see {@link
 * LinkSecret}), their {@link InvitationStatus}, and when they were mailed and reminded. There is at most one per
 * respondent, and only while they hold a link: revoking without reissuing removes it (back to NOT_INVITED) and
 * keeps the old hashes as {@link RevokedLink}s, so that an old link can be told apart from a wrong one.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

    @Id
    @Column(name = "respondent_id")
    private Long respondentId;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "respondent_id", insertable = false, updatable = false)
    private Respondent respondent;

    @Version
    private long version;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvitationStatus status;

    @Column(nullable = false)
    private String nonce;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    @Column(name = "invited_at", nullable = false)
    private LocalDateTime invitedAt;

    @Column(name = "opened_at")
    private LocalDateTime openedAt;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "reminders_sent", nullable = false)
    private int remindersSent;

    @Column(name = "last_mailed_at")
    private LocalDateTime lastMailedAt;

    protected Invitation() {
        // for JPA
    }

    /** A new invitation of {@code respondent} with the link of {@code nonce}. */
    public Invitation(Respondent respondent, IssuedLink link, LocalDateTime now) {
        this(Objects.requireNonNull(Objects.requireNonNull(respondent, "respondent == null").id(),
                "respondent has no id yet"), respondent.campaignId(), link, now);
        this.respondent = respondent;
    }

    /** An invitation by ids alone, for the rules (tests). */
    Invitation(long respondentId, long campaignId, IssuedLink link, LocalDateTime now) {
        this.respondentId = respondentId;
        this.campaignId = campaignId;
        this.status = InvitationStatus.INVITED;
        this.invitedAt = now;
        take(Objects.requireNonNull(link, "link == null"), now);
    }

    /**
     * Replaces the link: the old one stops working at once and is returned as revoked. Not once submitted: the
     * respondent has nothing left to do with a link.
     */
    public RevokedLink reissue(IssuedLink link, LocalDateTime now) {
        RevokedLink old = revoke(now);
        take(link, now);
        if (status == InvitationStatus.FAILED) {
            status = InvitationStatus.INVITED;
        }
        return old;
    }

    /** The current link as revoked, for when the invitation is withdrawn; 409 once submitted. */
    public RevokedLink revoke(LocalDateTime now) {
        if (status == InvitationStatus.SUBMITTED) {
            throw new ConflictException("Người này đã nộp phiếu: không thu hồi hay cấp lại liên kết.");
        }
        return new RevokedLink(tokenHash, codeHash, respondentId, campaignId, now);
    }

    private void take(IssuedLink link, LocalDateTime now) {
        this.nonce = link.nonce();
        this.tokenHash = link.tokenHash();
        this.codeHash = link.codeHash();
        this.issuedAt = now;
    }

    /** The questionnaire was opened with the link; once, and never backwards. */
    public void markOpened(LocalDateTime now) {
        advanceTo(InvitationStatus.OPENED, now);
    }

    /** The respondent saved a first answer. */
    public void markInProgress(LocalDateTime now) {
        advanceTo(InvitationStatus.IN_PROGRESS, now);
    }

    /** The respondent submitted; the time is all that is kept of it here. */
    public void markSubmitted(LocalDateTime at) {
        if (status != InvitationStatus.SUBMITTED) {
            advanceTo(InvitationStatus.SUBMITTED, at);
            submittedAt = at;
        }
    }

    private void advanceTo(InvitationStatus target, LocalDateTime now) {
        if (target.progress() > status.progress()) {
            if (openedAt == null) {
                openedAt = now;
            }
            status = target;
        }
    }

    /** The invitation mail could not be delivered (only matters while nothing else was heard). */
    public void mailFailed() {
        if (status == InvitationStatus.INVITED) {
            status = InvitationStatus.FAILED;
        }
    }

    /** A mail to the respondent was delivered after all. */
    public void mailDelivered() {
        if (status == InvitationStatus.FAILED) {
            status = InvitationStatus.INVITED;
        }
    }

    /** A mail (the invitation or a reminder) was queued for the respondent. */
    public void mailQueued(boolean reminder, LocalDateTime now) {
        lastMailedAt = now;
        if (reminder) {
            remindersSent++;
        }
    }

    public long respondentId() {
        return respondentId;
    }

    public Respondent respondent() {
        return respondent;
    }

    public long campaignId() {
        return campaignId;
    }

    public InvitationStatus status() {
        return status;
    }

    /** The nonce the current link is derived from (see {@link LinkSecret#credentials}). */
    public String nonce() {
        return nonce;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public LocalDateTime issuedAt() {
        return issuedAt;
    }

    public LocalDateTime invitedAt() {
        return invitedAt;
    }

    public Optional<LocalDateTime> openedAt() {
        return Optional.ofNullable(openedAt);
    }

    public Optional<LocalDateTime> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public int remindersSent() {
        return remindersSent;
    }

    public Optional<LocalDateTime> lastMailedAt() {
        return Optional.ofNullable(lastMailedAt);
    }
}
