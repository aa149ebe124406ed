package org.parindex.survey.security.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovingClock clock = new MovingClock();
    private final LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(15), clock);

    @Test
    void refusesTheSixthAttemptForAnAccountUntilTheWindowPasses() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.refusal("admin", "10.0.0." + i)).isEmpty();
            throttle.failed("admin", "10.0.0." + i);
            clock.advance(Duration.ofMinutes(1));
        }
        // another address, same account (case and spaces do not matter)
        assertThat(throttle.refusal(" Admin ", "10.9.9.9")).hasValueSatisfying(wait ->
                assertThat(wait).isEqualTo(Duration.ofMinutes(10)));
        assertThat(throttle.refusal("thuky", "10.9.9.9")).isEmpty();
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.refusal("admin", "10.9.9.9")).isEmpty();
    }

    @Test
    void refusesAnAddressTryingManyAccounts() {
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.refusal("user" + i, "192.0.2.7")).isEmpty();
            throttle.failed("user" + i, "192.0.2.7");
        }
        assertThat(throttle.refusal("someone-else", "192.0.2.7")).isPresent();
        assertThat(throttle.refusal(null, "192.0.2.7")).isPresent();
        assertThat(throttle.refusal("someone-else", "192.0.2.8")).isEmpty();
    }

    @Test
    void aSuccessClearsTheFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("admin", "192.0.2.7");
        }
        throttle.succeeded("admin", "192.0.2.7");
        for (int i = 0; i < 4; i++) {
            throttle.failed("admin", "192.0.2.7");
        }
        assertThat(throttle.refusal("admin", "192.0.2.7")).isEmpty();
        throttle.failed("admin", "192.0.2.7");
        assertThat(throttle.refusal("admin", "192.0.2.7")).isPresent();
    }

    static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
