package org.parindex.survey.invitation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.Campaigns;
import org.parindex.survey.invitation.domain.Invitation;
import org.parindex.survey.invitation.domain.InvitationStatus;
import org.parindex.survey.invitation.domain.InvitationToken;
import org.parindex.survey.invitation.domain.Invitations;
import org.parindex.survey.invitation.domain.LinkSecret;
import org.parindex.survey.invitation.domain.RevokedLink;
import org.parindex.survey.invitation.domain.ShortCode;
import org.parindex.survey.problem.NotFoundException;

/**
 * The respondent's side of a link, for the questionnaire page ({@code /q/{token}}, issue 6): which respondent and
 * campaign a token or a short code stands for and whether it may be used now, and the status changes the
 * questionnaire reports. Every lookup is throttled per client ({@link LookupThrottle}).
 *
 * <p>Typical use by the page: {@code Resolution r = links.open(tokenOrCode, clientAddress);} then, by
 * {@code r.state()}: VALID → show respondent {@code r.respondentId()}'s forms; REVOKED, NOT_YET_OPEN, CLOSED → the
 * matching page. An unknown token or code throws {@link NotFoundException} (404), too many of them {@link
 * TooManyAttemptsException} (429). Later: {@link #markInProgress} on the first saved answer, {@link #markSubmitted}
 * when the answers are submitted.
 */
@ApplicationScoped
@Transactional
public class LinkService {

    private Invitations invitations;
    private Campaigns campaigns;
    private LinkKeys keys;
    private LookupThrottle throttle;
    private Clock clock;

    LinkService() {
        // for the CDI proxy
    }

    @Inject
    public LinkService(Invitations invitations, Campaigns campaigns, LinkKeys keys, LookupThrottle throttle,
                       Clock clock) {
        this.invitations = invitations;
        this.campaigns = campaigns;
        this.keys = keys;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Whether a known link may be used now. */
    public enum LinkState {
        /** The campaign is OPEN and the link current: show the questionnaire. */
        VALID,
        /** The link was replaced or withdrawn. */
        REVOKED,
        /** The campaign is still a DRAFT. */
        NOT_YET_OPEN,
        /** The campaign is CLOSED or PUBLISHED. */
        CLOSED
    }

    /** How the respondent reached the link. */
    public enum Via {
        TOKEN, CODE
    }

    /**
     * What a token or code stands for.
     *
     * @param state          whether it may be used now
     * @param via            token or short code
     * @param campaignId     the campaign
     * @param respondentId   the respondent
     * @param status         the respondent's status (NOT_INVITED for a revoked link)
     * @param surveyCloses   the last day of the survey, if set
     * @param submittedAt    when the respondent submitted, if they did
     * @param revokedAt      when a revoked link was revoked
     */
    public record Resolution(LinkState state, Via via, long campaignId, long respondentId, InvitationStatus status,
                             LocalDate surveyCloses, LocalDateTime submittedAt, LocalDateTime revokedAt) {
    }

    /** What {@code credential} (a token or a short code) stands for, without changing anything. */
    public Resolution resolve(String credential, String client) {
        throttle.check(client);
        Optional<Resolution> found = lookup(credential);
        if (found.isEmpty()) {
            throttle.failed(client);
            throw new NotFoundException("liên kết hoặc mã phiếu", mask(credential));
        }
        return found.get();
    }

    /** Like {@link #resolve}, and a VALID link marks the respondent OPENED (once). */
    public Resolution open(String credential, String client) {
        Resolution r = resolve(credential, client);
        if (r.state() != LinkState.VALID) {
            return r;
        }
        Invitation invitation = invitations.find(r.respondentId()).orElseThrow();
        invitation.markOpened(now());
        return resolution(invitation, r.via());
    }

    /** The respondent saved a first answer: IN_PROGRESS (never backwards). */
    public void markInProgress(long respondentId) {
        invitation(respondentId).markInProgress(now());
    }

    /** The respondent submitted at {@code at}: SUBMITTED; the link stays known but has nothing left to do. */
    public void markSubmitted(long respondentId, LocalDateTime at) {
        invitation(respondentId).markSubmitted(at);
    }

    private Invitation invitation(long respondentId) {
        return invitations.find(respondentId)
                .orElseThrow(() -> new NotFoundException("lời mời của người được điều tra", respondentId));
    }

    private Optional<Resolution> lookup(String credential) {
        if (credential == null) {
            return Optional.empty();
        }
        LinkSecret secret = keys.secret();
        Optional<InvitationToken> token = InvitationToken.parse(credential.strip());
        if (token.isPresent()) {
            String hash = secret.tokenHash(token.get());
            return invitations.byTokenHash(hash).map(i -> resolution(i, Via.TOKEN))
                    .or(() -> invitations.revokedByTokenHash(hash).map(l -> revoked(l, Via.TOKEN)));
        }
        Optional<ShortCode> code = ShortCode.parse(credential);
        if (code.isPresent()) {
            String hash = secret.codeHash(code.get());
            return invitations.byCodeHash(hash).map(i -> resolution(i, Via.CODE))
                    .or(() -> invitations.revokedByCodeHash(hash).map(l -> revoked(l, Via.CODE)));
        }
        return Optional.empty();
    }

    private Resolution resolution(Invitation i, Via via) {
        Campaign c = campaigns.find(i.campaignId()).orElseThrow();
        LinkState state = switch (c.status()) {
            case DRAFT -> LinkState.NOT_YET_OPEN;
            case OPEN -> LinkState.VALID;
            case CLOSED, PUBLISHED -> LinkState.CLOSED;
        };
        return new Resolution(state, via, c.id(), i.respondentId(), i.status(), c.deadlines().surveyCloses(),
                i.submittedAt().orElse(null), null);
    }

    private Resolution revoked(RevokedLink l, Via via) {
        LocalDate closes = campaigns.find(l.campaignId()).map(c -> c.deadlines().surveyCloses()).orElse(null);
        InvitationStatus status = invitations.find(l.respondentId()).map(Invitation::status)
                .orElse(InvitationStatus.NOT_INVITED);
        return new Resolution(LinkState.REVOKED, via, l.campaignId(), l.respondentId(), status, closes, null,
                l.revokedAt());
    }

    /** Never echo a credential whole: the first four characters are enough to talk about it. */
    private static String mask(String credential) {
        if (credential == null || credential.isEmpty()) {
            return "";
        }
        String c = credential.strip();
        return c.length() <= 4 ? "…" : c.substring(0, 4) + "…";
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
