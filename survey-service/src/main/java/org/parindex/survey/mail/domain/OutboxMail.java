package org.parindex.survey.mail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One mail in the transactional outbox: queued in the transaction that decided to send it (with the invitation's
 * new link), sent later by the {@code MailWorker}. It holds the rendered mail, link included, because the link's
 * token is stored nowhere else; once the mail is sent the bodies are cleared ({@link #delivered}), so the outbox
 * keeps no working link of a sent mail. A mail that failed for good keeps its bodies so that it can be retried.
 *
 * <p>A sender claims a mail by setting a lease ({@code leaseOwner}, {@code leaseUntil}) with an update conditioned
 * on the lease being free (and moving {@code version} on), so that two service instances never send the same mail at
 * once; a lease that runs out (the sender died) makes the mail claimable again.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {

    /** Longest stored failure reason. */
    static final int MAX_ERROR = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    /** The respondent it goes to; null for a mail to an account (a sign-in link). */
    @Column(name = "respondent_id")
    private Long respondentId;

    @Column(name = "batch_id")
    private Long batchId;

    @Column(nullable = false)
    private String purpose;

    @Column(nullable = false)
    private String recipient;

    @Column(name = "recipient_name")
    private String recipientName;

    @Column(nullable = false)
    private String subject;

    @Column(name = "body_text")
    private String bodyText;

    @Column(name = "body_html")
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private LocalDateTime nextAttemptAt;

    @Column(name = "lease_owner")
    private String leaseOwner;

    @Column(name = "lease_until")
    private LocalDateTime leaseUntil;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    protected OutboxMail() {
        // for JPA
    }

    /** A mail ready to send now. */
    public OutboxMail(Outgoing mail, Long batchId, LocalDateTime now) {
        Objects.requireNonNull(mail, "mail == null");
        this.campaignId = mail.campaignId();
        this.respondentId = mail.respondentId();
        this.batchId = batchId;
        this.purpose = mail.purpose();
        this.recipient = mail.recipient();
        this.recipientName = mail.recipientName();
        this.subject = mail.subject();
        this.bodyText = mail.text();
        this.bodyHtml = mail.html();
        this.status = MailStatus.QUEUED;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** Whether {@code owner} holds the lease at {@code now}. */
    public boolean leasedBy(String owner, LocalDateTime now) {
        return status == MailStatus.QUEUED && owner.equals(leaseOwner) && leaseUntil != null
                && leaseUntil.isAfter(now);
    }

    /** Sent: the bodies (with the link) are dropped, the lease released. */
    public void delivered(LocalDateTime now) {
        status = MailStatus.SENT;
        sentAt = now;
        attempts++;
        bodyText = null;
        bodyHtml = null;
        release();
    }

    /**
     * A try that did not deliver: permanent failures (the server refused the mail) and the last allowed try make it
     * FAILED; otherwise it waits for {@code backoff} and stays QUEUED.
     */
    public void attemptFailed(String reason, boolean permanent, LocalDateTime now, Backoff backoff,
                              int maxAttempts) {
        attempts++;
        lastError = reason == null ? "lỗi không rõ" : reason.length() > MAX_ERROR ? reason.substring(0, MAX_ERROR)
                : reason;
        if (permanent || attempts >= maxAttempts) {
            status = MailStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(backoff.delayAfter(attempts));
        }
        release();
    }

    /** Back in the queue after a failure, when the secretariat asks for it; true when it was FAILED. */
    public boolean requeue(LocalDateTime now) {
        if (status != MailStatus.FAILED || bodyText == null) {
            return false;
        }
        status = MailStatus.QUEUED;
        attempts = 0;
        nextAttemptAt = now;
        return true;
    }

    /**
     * Never to be sent (its link was revoked, or its respondent answered): true when it was still QUEUED and no
     * sender held it at {@code now}. A mail a sender holds may be on its way already; it is left to be recorded as
     * what becomes of it (SENT or a failed try) rather than marked CANCELLED and sent all the same.
     */
    public boolean cancel(LocalDateTime now) {
        if (status != MailStatus.QUEUED || leaseUntil != null && leaseUntil.isAfter(now)) {
            return false;
        }
        status = MailStatus.CANCELLED;
        bodyText = null;
        bodyHtml = null;
        release();
        return true;
    }

    /** Gives the lease back untried (the poll ended before its turn), if {@code owner} holds it. */
    public void releasedBy(String owner) {
        if (owner.equals(leaseOwner)) {
            release();
        }
    }

    private void release() {
        leaseOwner = null;
        leaseUntil = null;
    }

    /** The Message-ID header of this mail: the same on every try, so that a rare duplicate can be recognised. */
    public String messageId(String domain) {
        return "<parindex.mail." + id + "." + campaignId + "@" + domain + ">";
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long campaignId() {
        return campaignId;
    }

    /** The respondent it goes to, or {@code null} for a mail to an account (a sign-in link). */
    public Long respondentId() {
        return respondentId;
    }

    public Optional<Long> batchId() {
        return Optional.ofNullable(batchId);
    }

    /** What the mail is for, e.g. {@code INVITATION} or {@code REMINDER}. */
    public String purpose() {
        return purpose;
    }

    public String recipient() {
        return recipient;
    }

    public Optional<String> recipientName() {
        return Optional.ofNullable(recipientName);
    }

    public String subject() {
        return subject;
    }

    /** The plain-text body; empty once sent or cancelled. */
    public Optional<String> bodyText() {
        return Optional.ofNullable(bodyText);
    }

    /** The HTML body; empty once sent or cancelled. */
    public Optional<String> bodyHtml() {
        return Optional.ofNullable(bodyHtml);
    }

    public MailStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public LocalDateTime nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public Optional<LocalDateTime> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    /**
     * A mail to queue.
     *
     * @param campaignId    the campaign
     * @param respondentId  the respondent it goes to, or {@code null} for a mail to an account
     * @param purpose       what it is for, e.g. {@code INVITATION}
     * @param recipient     the e-mail address
     * @param recipientName the name to show beside the address, or {@code null}
     * @param subject       the subject
     * @param html          the HTML body
     * @param text          the plain-text body
     */
    public record Outgoing(long campaignId, Long respondentId, String purpose, String recipient,
                           String recipientName, String subject, String html, String text) {

        public Outgoing {
            Objects.requireNonNull(purpose, "purpose == null");
            Objects.requireNonNull(recipient, "recipient == null");
            Objects.requireNonNull(subject, "subject == null");
            Objects.requireNonNull(html, "html == null");
            Objects.requireNonNull(text, "text == null");
        }
    }
}
