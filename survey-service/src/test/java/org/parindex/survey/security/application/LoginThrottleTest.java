package org.parindex.survey.security.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parindex.survey.fakes.InMemoryFailureLog;
import org.parindex.survey.platform.throttle.Throttle;

class LoginThrottleTest {

    private final MovingClock clock = new MovingClock();
    private final InMemoryFailureLog failures = new InMemoryFailureLog();
    private final LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(15), failures, clock);

    /** A login with a wrong password: empty when it was tried (and failed), else the wait it was refused with. */
    private Optional<Duration> wrong(String username, String address) {
        Throttle.Attempt attempt = throttle.attempt(username, address);
        if (attempt.refused().isEmpty()) {
            throttle.failed(attempt);
        }
        return attempt.refused();
    }

    @Test
    void refusesTheSixthAttemptForAnAccountUntilTheWindowPasses() {
        for (int i = 0; i < 5; i++) {
            assertThat(wrong("admin", "10.0.0." + i)).isEmpty();
            clock.advance(Duration.ofMinutes(1));
        }
        // another address, same account (case and spaces do not matter)
        assertThat(wrong(" Admin ", "10.9.9.9")).hasValueSatisfying(wait ->
                assertThat(wait).isEqualTo(Duration.ofMinutes(10)));
        assertThat(wrong("thuky", "10.9.9.9")).isEmpty();
        clock.advance(Duration.ofMinutes(10));
        assertThat(wrong("admin", "10.9.9.9")).isEmpty();
    }

    @Test
    void refusesAnAddressTryingManyAccounts() {
        for (int i = 0; i < 20; i++) {
            assertThat(wrong("user" + i, "192.0.2.7")).isEmpty();
        }
        assertThat(wrong("someone-else", "192.0.2.7")).isPresent();
        assertThat(wrong(null, "192.0.2.7")).isPresent();
        assertThat(wrong("someone-else", "192.0.2.8")).isEmpty();
    }

    @Test
    void aSuccessClearsTheFailures() {
        for (int i = 0; i < 4; i++) {
            assertThat(wrong("admin", "192.0.2.7")).isEmpty();
        }
        assertThat(wrong("admin", "192.0.2.7")).isEmpty();
        throttle.succeeded("admin", "192.0.2.7");
        for (int i = 0; i < 5; i++) {
            assertThat(wrong("admin", "192.0.2.7")).isEmpty();
        }
        assertThat(wrong("admin", "192.0.2.7")).isPresent();
    }

    @Test
    void aRefusedAttemptIsNotCountedAndExpiredFailuresAreSweptOut() {
        for (int i = 0; i < 5; i++) {
            wrong("admin", "192.0.2.7");
        }
        for (int i = 0; i < 50; i++) {
            assertThat(wrong("admin", "192.0.2.7")).isPresent();
        }
        assertThat(failures.size()).as("5 failures, each against the account and the address").isEqualTo(10);
        clock.advance(Duration.ofMinutes(15));
        assertThat(wrong("admin", "192.0.2.7")).as("the window has passed: no lasting lock").isEmpty();
        assertThat(failures.size()).as("the expired ones are gone").isEqualTo(2);
    }

    @Test
    void concurrentAttemptsStillBeingCheckedHoldOffOthersForAMomentOnly() {
        List<Throttle.Attempt> inFlight = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Throttle.Attempt a = throttle.attempt("api-client", "192.0.2.9");
            assertThat(a.refused()).isEmpty();
            inFlight.add(a);
        }
        assertThat(throttle.attempt("api-client", "192.0.2.9").refused()).as("five in flight: a moment")
                .contains(Duration.ofSeconds(1));
        throttle.succeeded("api-client", "192.0.2.9");
        assertThat(throttle.attempt("api-client", "192.0.2.9").refused()).as("they succeeded").isEmpty();
        throttle.succeeded("api-client", "192.0.2.9");
        for (int i = 0; i < 5; i++) {
            assertThat(wrong("api-client", "192.0.2.9")).isEmpty();
        }
        assertThat(throttle.attempt("api-client", "192.0.2.9").refused()).as("five failures: the window")
                .contains(Duration.ofMinutes(15));
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
