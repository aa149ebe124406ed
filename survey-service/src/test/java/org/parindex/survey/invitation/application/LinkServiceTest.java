package org.parindex.survey.invitation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.CampaignStatus;
import org.parindex.survey.fakes.Entities;
import org.parindex.survey.fakes.InMemoryFailureLog;
import org.parindex.survey.fakes.InMemoryInvitations;
import org.parindex.survey.fakes.InMemoryOutbox;
import org.parindex.survey.fakes.InMemoryRespondents;
import org.parindex.survey.invitation.application.LinkService.Link;
import org.parindex.survey.invitation.application.LinkService.Via;
import org.parindex.survey.invitation.domain.Invitation;
import org.parindex.survey.invitation.domain.InvitationStatus;
import org.parindex.survey.invitation.domain.IssuedLink;
import org.parindex.survey.invitation.domain.LinkSecret;
import org.parindex.survey.mail.domain.MailStatus;
import org.parindex.survey.mail.domain.OutboxMail;
import org.parindex.survey.problem.NotFoundException;
import org.parindex.survey.respondent.domain.Respondent;

class LinkServiceTest {

    private static final String CLIENT = "203.0.113.9";

    private final InMemoryInvitations invitations = new InMemoryInvitations();
    private final InMemoryRespondents respondents = new InMemoryRespondents();
    private final InvitationConfig config = new InvitationConfig(
            Optional.of(Base64.getEncoder().encodeToString(LinkSecret.newKey(new SecureRandom()))), 3, "PT48H", 2,
            "PT15M");
    private final LinkKeys keys = new LinkKeys(null, config, null);
    private final Clock clock = Clock.fixed(Entities.NOW.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final LinkService links = new LinkService(invitations, respondents, keys,
            new LookupThrottle(config, new InMemoryFailureLog(), clock), outbox, clock);

    /** Invites respondent 7 of a campaign in {@code status}; returns the link's credentials. */
    private LinkSecret.Credentials invite(CampaignStatus status) {
        Campaign c = Entities.campaign(3, status);
        Respondent r = Entities.respondent(7, c);
        respondents.add(r);
        IssuedLink.Issued issued = IssuedLink.issue(keys.secret());
        invitations.add(new Invitation(r, issued.link(), Entities.NOW.minusDays(1)));
        invitations.lookups = 0;
        return issued.credentials();
    }

    @Test
    void aTokenResolvesToItsRespondentAndInvitationFindingEachOnce() {
        LinkSecret.Credentials c = invite(CampaignStatus.OPEN);
        Link link = links.resolve(c.token().value(), CLIENT);
        assertThat(link.via()).isEqualTo(Via.TOKEN);
        assertThat(link.respondent().id()).isEqualTo(7L);
        assertThat(link.campaign().id()).isEqualTo(3L);
        assertThat(link.invitation().status()).isEqualTo(InvitationStatus.INVITED);
        assertThat(invitations.lookups).isEqualTo(1);
        assertThat(respondents.calls).containsExactly("find 7");
    }

    @Test
    void aShortCodeTypedFromACardResolvesToo() {
        LinkSecret.Credentials c = invite(CampaignStatus.OPEN);
        assertThat(links.resolve(c.code().toString(), CLIENT).via()).isEqualTo(Via.CODE);
    }

    @Test
    void resolvingForAChangeLocksTheRespondentInsteadOfReadingIt() {
        LinkSecret.Credentials c = invite(CampaignStatus.OPEN);
        links.resolveLocked(c.token().value(), CLIENT);
        assertThat(respondents.calls).containsExactly("lock 7");
    }

    @Test
    void openingMarksOpenedOnlyWhileTheCampaignTakesAnswersOnline() {
        LinkSecret.Credentials open = invite(CampaignStatus.OPEN);
        assertThat(links.open(open.token().value(), CLIENT).invitation().status())
                .isEqualTo(InvitationStatus.OPENED);

        LinkSecret.Credentials closed = invite(CampaignStatus.CLOSED);
        assertThat(links.open(closed.token().value(), CLIENT).invitation().status())
                .isEqualTo(InvitationStatus.INVITED);
    }

    @Test
    void aRevokedLinkIsGoneAndAWrongOneUnknownUntilTheClientIsThrottled() {
        LinkSecret.Credentials c = invite(CampaignStatus.OPEN);
        Invitation i = invitations.find(7).orElseThrow();
        invitations.addRevoked(i.reissue(IssuedLink.issue(keys.secret()).link(), Entities.NOW));
        assertThatThrownBy(() -> links.resolve(c.token().value(), CLIENT))
                .isInstanceOf(RevokedLinkException.class);

        assertThatThrownBy(() -> links.resolve("no-such-token", CLIENT)).isInstanceOf(NotFoundException.class)
                .hasMessageNotContaining("no-such-token");
        assertThatThrownBy(() -> links.resolve("no-such-token", CLIENT)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> links.resolve(c.code().toString(), CLIENT))
                .isInstanceOf(TooManyAttemptsException.class);
    }

    @Test
    void aSubmissionMarksTheInvitationAndAPaperOneWithoutInvitationIsFine() {
        invite(CampaignStatus.OPEN);
        links.markSubmitted(7, Entities.NOW);
        assertThat(invitations.find(7).orElseThrow().status()).isEqualTo(InvitationStatus.SUBMITTED);
        links.markSubmitted(8, Entities.NOW);
    }

    @Test
    void noMailStillWaitingGoesToSomeoneWhoAnsweredButOneBeingSentIsLeftToItsSender() {
        invite(CampaignStatus.OPEN);
        OutboxMail beingSent = mail(7, "INVITATION");
        assertThat(outbox.claimDue(Entities.NOW, 1, "worker-1", Entities.NOW.plusMinutes(5))).containsExactly(beingSent);
        OutboxMail reminder = mail(7, "REMINDER");
        OutboxMail other = mail(8, "INVITATION");
        OutboxMail sent = mail(7, "INVITATION");
        sent.delivered(Entities.NOW);

        links.markSubmitted(7, Entities.NOW);

        assertThat(reminder.status()).isEqualTo(MailStatus.CANCELLED);
        assertThat(reminder.bodyText()).as("the link goes with it").isEmpty();
        assertThat(other.status()).as("another respondent's").isEqualTo(MailStatus.QUEUED);
        assertThat(sent.status()).isEqualTo(MailStatus.SENT);
        assertThat(beingSent.status()).isEqualTo(MailStatus.QUEUED);
    }

    private OutboxMail mail(long respondent, String purpose) {
        OutboxMail m = new OutboxMail(new OutboxMail.Outgoing(3, respondent, purpose, respondent + "@example.invalid",
                null, "S", "<p>link</p>", "link"), null, Entities.NOW.minusMinutes(10));
        outbox.add(m);
        return m;
    }
}
