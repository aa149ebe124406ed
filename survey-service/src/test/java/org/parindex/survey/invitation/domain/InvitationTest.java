package org.parindex.survey.invitation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.parindex.survey.invitation.domain.ReminderPolicy.Verdict;

class InvitationTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2030, 12, 10, 9, 0);
    private final ReminderPolicy policy = new ReminderPolicy(2, Duration.ofHours(48));

    @Test
    void remindsInvitedRespondentsWhoHaveNotSubmitted() {
        assertThat(policy.judge(InvitationStatus.INVITED, 0, NOW.minusDays(3), true, false, NOW))
                .isEqualTo(Verdict.REMIND);
        assertThat(policy.judge(InvitationStatus.IN_PROGRESS, 1, NOW.minusDays(2), true, false, NOW))
                .isEqualTo(Verdict.REMIND);
        assertThat(policy.judge(InvitationStatus.FAILED, 0, null, true, false, NOW)).isEqualTo(Verdict.REMIND);
    }

    @Test
    void neverRemindsSubmittedUninvitedOrUnreachableRespondents() {
        assertThat(policy.judge(InvitationStatus.SUBMITTED, 0, null, true, false, NOW)).isEqualTo(Verdict.SUBMITTED);
        assertThat(policy.judge(InvitationStatus.NOT_INVITED, 0, null, true, false, NOW))
                .isEqualTo(Verdict.NOT_INVITED);
        assertThat(policy.judge(null, true, false, NOW)).isEqualTo(Verdict.NOT_INVITED);
        assertThat(policy.judge(InvitationStatus.INVITED, 0, null, false, false, NOW)).isEqualTo(Verdict.NO_EMAIL);
        assertThat(policy.judge(InvitationStatus.INVITED, 0, null, true, true, NOW)).isEqualTo(Verdict.MAIL_PENDING);
    }

    @Test
    void stopsAtTheCapAndKeepsTheSpacing() {
        assertThat(policy.judge(InvitationStatus.OPENED, 2, NOW.minusDays(10), true, false, NOW))
                .isEqualTo(Verdict.CAP_REACHED);
        assertThat(policy.judge(InvitationStatus.OPENED, 1, NOW.minusHours(47), true, false, NOW))
                .isEqualTo(Verdict.TOO_SOON);
        assertThat(policy.judge(InvitationStatus.OPENED, 1, NOW.minusHours(48), true, false, NOW))
                .isEqualTo(Verdict.REMIND);
    }

    @Test
    void statusOnlyMovesForwardAndMailOutcomesOnlyTouchTheInvitedOnes() {
        Invitation i = invitation();
        i.mailFailed();
        assertThat(i.status()).isEqualTo(InvitationStatus.FAILED);
        i.mailDelivered();
        assertThat(i.status()).isEqualTo(InvitationStatus.INVITED);
        i.markInProgress(NOW);
        assertThat(i.status()).isEqualTo(InvitationStatus.IN_PROGRESS);
        assertThat(i.openedAt()).contains(NOW);
        i.markOpened(NOW.plusHours(1));
        assertThat(i.status()).isEqualTo(InvitationStatus.IN_PROGRESS);
        i.mailFailed();
        assertThat(i.status()).isEqualTo(InvitationStatus.IN_PROGRESS);
        i.markSubmitted(NOW.plusHours(2));
        i.markSubmitted(NOW.plusHours(3));
        assertThat(i.status()).isEqualTo(InvitationStatus.SUBMITTED);
        assertThat(i.submittedAt()).contains(NOW.plusHours(2));
    }

    @Test
    void reissuingGivesTheOldHashesUpAsRevoked() {
        Invitation i = invitation();
        RevokedLink old = i.reissue(new IssuedLink("n2", "t2", "c2"), NOW);
        assertThat(old.respondentId()).isEqualTo(7);
        assertThat(i.tokenHash()).isEqualTo("t2");
        assertThat(i.nonce()).isEqualTo("n2");
        i.mailQueued(true, NOW);
        assertThat(i.remindersSent()).isEqualTo(1);
        assertThat(i.lastMailedAt()).contains(NOW);
    }

    @Test
    void aSubmittedRespondentsLinkIsNeitherRevokedNorReissued() {
        Invitation i = invitation();
        i.markSubmitted(NOW);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> i.revoke(NOW))
                .isInstanceOf(org.parindex.survey.problem.ConflictException.class)
                .hasMessage("Người này đã nộp phiếu: không thu hồi hay cấp lại liên kết.");
    }

    private static Invitation invitation() {
        return new Invitation(7, 3, new IssuedLink("n1", "t1", "c1"), NOW.minusDays(1));
    }
}
