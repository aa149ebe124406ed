package org.parindex.survey.invitation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.Channel;
import org.parindex.survey.invitation.domain.Invitation;
import org.parindex.survey.invitation.domain.InvitationToken;
import org.parindex.survey.invitation.domain.Invitations;
import org.parindex.survey.invitation.domain.LinkSecret;
import org.parindex.survey.invitation.domain.RevokedLink;
import org.parindex.survey.invitation.domain.ShortCode;
import org.parindex.survey.mail.domain.Outbox;
import org.parindex.survey.problem.NotFoundException;
import org.parindex.survey.respondent.domain.Respondent;
import org.parindex.survey.respondent.domain.Respondents;

/**
 * The respondent's side of a link, for the link check ({@code /link/…}) and the questionnaire ({@code /q/{token}},
 * issue 6): which respondent a token or a short code stands for, and the status changes the questionnaire reports.
 * Every lookup is throttled per client ({@link LookupThrottle}).
 *
 * <p>A lookup finds the invitation once and loads the respondent once (locked, for a change to their answers) and
 * hands both back; whether the campaign takes answers is the campaign's rule
 * ({@link org.parindex.survey.campaign.domain.CampaignStatus#takesAnswers}), not the link's. An unknown token or
 * code throws {@link NotFoundException} (404), a revoked one {@link RevokedLinkException} (410), too many unknown
 * ones {@link TooManyAttemptsException} (429).
 */
@ApplicationScoped
@Transactional
public class LinkService {

    private Invitations invitations;
    private Respondents respondents;
    private LinkKeys keys;
    private LookupThrottle throttle;
    private Outbox outbox;
    private Clock clock;

    LinkService() {
        // for the CDI proxy
    }

    @Inject
    public LinkService(Invitations invitations, Respondents respondents, LinkKeys keys, LookupThrottle throttle,
                       Outbox outbox, Clock clock) {
        this.invitations = invitations;
        this.respondents = respondents;
        this.keys = keys;
        this.throttle = throttle;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** How the respondent reached the link. */
    public enum Via {
        TOKEN, CODE
    }

    /**
     * A current link.
     *
     * @param via        token or short code
     * @param respondent the respondent it stands for (with their group and campaign)
     * @param invitation their invitation
     */
    public record Link(Via via, Respondent respondent, Invitation invitation) {

        public Link {
            Objects.requireNonNull(via, "via == null");
            Objects.requireNonNull(respondent, "respondent == null");
            Objects.requireNonNull(invitation, "invitation == null");
        }

        /** The respondent's campaign. */
        public Campaign campaign() {
            return respondent.group().campaign();
        }
    }

    /** What {@code credential} (a token or a short code) stands for, without changing anything. */
    public Link resolve(String credential, String client) {
        return lookup(credential, client, false);
    }

    /**
     * Like {@link #resolve}, with the respondent's row locked to the end of the transaction
     * ({@link Respondents#lock}): for saving a draft or submitting, which must not interleave.
     */
    public Link resolveLocked(String credential, String client) {
        return lookup(credential, client, true);
    }

    /** Like {@link #resolve}; while the campaign takes answers online, the respondent is marked OPENED (once). */
    public Link open(String credential, String client) {
        Link link = resolve(credential, client);
        if (link.campaign().status().takesAnswers(Channel.ONLINE)) {
            link.invitation().markOpened(now());
        }
        return link;
    }

    /** The respondent of {@code link} saved an answer: IN_PROGRESS (never backwards). */
    public void markInProgress(Link link) {
        link.invitation().markInProgress(now());
    }

    /**
     * Respondent {@code respondentId} submitted at {@code at}, online or on paper: SUBMITTED, when they were invited
     * (a paper questionnaire may come without an invitation); the link stays known but has nothing left to do, and
     * no invitation or reminder still waiting in the outbox is sent to someone who has answered (one a sender holds
     * at this moment may still go out). The mails first, then the invitation: a sender recording a mail updates
     * them in that order too.
     */
    public void markSubmitted(long respondentId, LocalDateTime at) {
        outbox.cancelQueued(respondentId, at);
        invitations.find(respondentId).ifPresent(i -> i.markSubmitted(at));
    }

    private Link lookup(String credential, String client, boolean lock) {
        throttle.check(client);
        Optional<Link> found = find(credential, lock);
        if (found.isEmpty()) {
            throttle.failed(client);
            throw new NotFoundException("liên kết hoặc mã phiếu", mask(credential));
        }
        return found.get();
    }

    private Optional<Link> find(String credential, boolean lock) {
        if (credential == null) {
            return Optional.empty();
        }
        LinkSecret secret = keys.secret();
        Optional<InvitationToken> token = InvitationToken.parse(credential.strip());
        if (token.isPresent()) {
            String hash = secret.tokenHash(token.get());
            Optional<Invitation> current = invitations.byTokenHash(hash);
            if (current.isEmpty()) {
                invitations.revokedByTokenHash(hash).ifPresent(LinkService::revoked);
            }
            return current.flatMap(i -> link(i, Via.TOKEN, lock));
        }
        Optional<ShortCode> code = ShortCode.parse(credential);
        if (code.isPresent()) {
            String hash = secret.codeHash(code.get());
            Optional<Invitation> current = invitations.byCodeHash(hash);
            if (current.isEmpty()) {
                invitations.revokedByCodeHash(hash).ifPresent(LinkService::revoked);
            }
            return current.flatMap(i -> link(i, Via.CODE, lock));
        }
        return Optional.empty();
    }

    private Optional<Link> link(Invitation i, Via via, boolean lock) {
        Optional<Respondent> r = lock ? respondents.lock(i.campaignId(), i.respondentId())
                : respondents.find(i.campaignId(), i.respondentId());
        return r.map(respondent -> new Link(via, respondent, i));
    }

    private static void revoked(RevokedLink l) {
        throw new RevokedLinkException(l.revokedAt());
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
