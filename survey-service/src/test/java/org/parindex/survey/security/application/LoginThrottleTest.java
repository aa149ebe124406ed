package org.parindex.survey.security.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.parindex.survey.fakes.InMemoryFailureLog;

class LoginThrottleTest {

    private final MovingClock clock = new MovingClock();
    private final InMemoryFailureLog failures = new InMemoryFailureLog();
    private final LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(15), failures, clock);

    @Test
    void refusesTheSixthAttemptForAnAccountUntilTheWindowPasses() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.attempt("admin", "10.0.0." + i)).isEmpty();
            clock.advance(Duration.ofMinutes(1));
        }
        // another address, same account (case and spaces do not matter)
        assertThat(throttle.attempt(" Admin ", "10.9.9.9")).hasValueSatisfying(wait ->
                assertThat(wait).isEqualTo(Duration.ofMinutes(10)));
        assertThat(throttle.attempt("thuky", "10.9.9.9")).isEmpty();
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.attempt("admin", "10.9.9.9")).isEmpty();
    }

    @Test
    void refusesAnAddressTryingManyAccounts() {
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.attempt("user" + i, "192.0.2.7")).isEmpty();
        }
        assertThat(throttle.attempt("someone-else", "192.0.2.7")).isPresent();
        assertThat(throttle.attempt(null, "192.0.2.7")).isPresent();
        assertThat(throttle.attempt("someone-else", "192.0.2.8")).isEmpty();
    }

    @Test
    void aSuccessClearsTheFailures() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.attempt("admin", "192.0.2.7")).isEmpty();
        }
        assertThat(throttle.attempt("admin", "192.0.2.7")).isEmpty();
        throttle.succeeded("admin", "192.0.2.7");
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.attempt("admin", "192.0.2.7")).isEmpty();
        }
        assertThat(throttle.attempt("admin", "192.0.2.7")).isPresent();
    }

    @Test
    void aRefusedAttemptIsNotCountedAndExpiredFailuresAreSweptOut() {
        for (int i = 0; i < 5; i++) {
            throttle.attempt("admin", "192.0.2.7");
        }
        for (int i = 0; i < 50; i++) {
            assertThat(throttle.attempt("admin", "192.0.2.7")).isPresent();
        }
        assertThat(failures.size()).as("5 failures, each against the account and the address").isEqualTo(10);
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.attempt("admin", "192.0.2.7")).as("the window has passed: no lasting lock").isEmpty();
        assertThat(failures.size()).as("the expired ones are gone").isEqualTo(2);
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
