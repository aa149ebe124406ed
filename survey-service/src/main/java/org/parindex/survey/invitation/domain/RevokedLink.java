package org.parindex.survey.invitation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A link that was revoked (replaced or withdrawn): kept by its hashes only, so that opening it says "this link was
 * revoked" rather than "no such link", and never works again.
 */
@Entity
@Table(name = "revoked_link")
public class RevokedLink {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    @Column(name = "respondent_id", nullable = false)
    private long respondentId;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "revoked_at", nullable = false)
    private LocalDateTime revokedAt;

    protected RevokedLink() {
        // for JPA
    }

    RevokedLink(String tokenHash, String codeHash, long respondentId, long campaignId, LocalDateTime revokedAt) {
        this.tokenHash = tokenHash;
        this.codeHash = codeHash;
        this.respondentId = respondentId;
        this.campaignId = campaignId;
        this.revokedAt = revokedAt;
    }

    public long respondentId() {
        return respondentId;
    }

    public long campaignId() {
        return campaignId;
    }

    public LocalDateTime revokedAt() {
        return revokedAt;
    }
}
