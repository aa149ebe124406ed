package org.parindex.survey.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void doublesFromTheInitialWaitUpToTheMaximum() {
        assertThat(IntStream.rangeClosed(1, 10).mapToObj(backoff::delayAfter).map(Duration::toSeconds).toList())
                .containsExactly(30L, 60L, 120L, 240L, 480L, 960L, 1920L, 3600L, 3600L, 3600L);
    }

    @Test
    void neverOverflowsAfterManyFailures() {
        assertThat(backoff.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> backoff.delayAfter(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("failures must be at least 1: 0");
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("initial must be positive: PT0S");
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("max (PT1M) must not be less than initial (PT2M)");
    }

    @Test
    void aMailWaitsBetweenTriesAndFailsForGoodAtTheLastOne() {
        LocalDateTime now = LocalDateTime.of(2030, 12, 1, 8, 0);
        OutboxMail m = new OutboxMail(new OutboxMail.Outgoing(1, 2L, "INVITATION", "a@example.invalid", "A",
                "Tiêu đề", "<p>x</p>", "x"), null, now);
        m.attemptFailed("Connection refused", false, now, backoff, 3);
        assertThat(m.status()).isEqualTo(MailStatus.QUEUED);
        assertThat(m.nextAttemptAt()).isEqualTo(now.plusSeconds(30));
        m.attemptFailed("Connection refused", false, now, backoff, 3);
        assertThat(m.nextAttemptAt()).isEqualTo(now.plusSeconds(60));
        m.attemptFailed("Connection refused", false, now, backoff, 3);
        assertThat(m.status()).isEqualTo(MailStatus.FAILED);
        assertThat(m.lastError()).contains("Connection refused");
        assertThat(m.bodyText()).as("kept for a retry").contains("x");
    }

    @Test
    void aPermanentRefusalFailsAtOnceAndSendingDropsTheBodies() {
        LocalDateTime now = LocalDateTime.of(2030, 12, 1, 8, 0);
        OutboxMail refused = new OutboxMail(new OutboxMail.Outgoing(1, 2L, "INVITATION", "a@example.invalid", null,
                "S", "<p>link</p>", "link"), null, now);
        refused.attemptFailed("SMTP 550 5.1.1 User unknown", true, now, backoff, 10);
        assertThat(refused.status()).isEqualTo(MailStatus.FAILED);
        assertThat(refused.requeue(now)).isTrue();
        assertThat(refused.status()).isEqualTo(MailStatus.QUEUED);
        refused.delivered(now);
        assertThat(refused.status()).isEqualTo(MailStatus.SENT);
        assertThat(refused.bodyText()).isEmpty();
        assertThat(refused.bodyHtml()).isEmpty();
        assertThat(refused.requeue(now)).isFalse();
        assertThat(refused.cancel(now)).isFalse();
    }
}
