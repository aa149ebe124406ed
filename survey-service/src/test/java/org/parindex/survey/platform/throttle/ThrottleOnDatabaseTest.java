package org.parindex.survey.platform.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parindex.survey.platform.persistence.JdbcUrlDataSource;

/**
 * The throttle over the real table (V50 on an in-memory Derby database): two {@link Throttle}s stand for two
 * instances of a cluster sharing the database.
 */
class ThrottleOnDatabaseTest {

    private static final Throttle.Limit ADMIN = new Throttle.Limit("login-account", "admin", 5,
            Duration.ofMinutes(15));

    private final String url = "jdbc:derby:memory:throttle" + System.nanoTime();
    private final JdbcUrlDataSource dataSource = new JdbcUrlDataSource();

    @BeforeEach
    void schema() throws Exception {
        dataSource.setUrl(url + ";create=true");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String migration : List.of("V50__cluster_throttles_and_start_up_lock.sql", "V66__throttle_lock.sql")) {
                for (String sql : sql(migration).split(";")) {
                    if (!sql.isBlank()) {
                        s.execute(sql);
                    }
                }
            }
        }
    }

    @AfterEach
    void drop() {
        try {
            dataSource.setUrl(url + ";drop=true");
            dataSource.getConnection().close();
        } catch (SQLException expected) {
            // Derby answers a drop with SQLState 08006
        }
    }

    @Test
    void failuresCountedByOneInstanceRefuseTheOther() {
        Throttle a = new Throttle(new JdbcFailureLog(dataSource), Clock.systemUTC());
        Throttle b = new Throttle(new JdbcFailureLog(dataSource), Clock.systemUTC());
        for (int i = 0; i < 5; i++) {
            Throttle t = i % 2 == 0 ? a : b;
            Throttle.Attempt attempt = t.attempt(List.of(ADMIN));
            assertThat(attempt.refused()).isEmpty();
            t.failed(attempt);
        }
        assertThat(a.attempt(List.of(ADMIN)).refused()).hasValueSatisfying(wait ->
                assertThat(wait).isGreaterThan(Duration.ofMinutes(14)));
        assertThat(b.attempt(List.of(ADMIN)).refused()).isPresent();
        assertThat(b.refusal(List.of(ADMIN))).hasValueSatisfying(wait ->
                assertThat(wait).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15)));
        a.cleared(List.of(ADMIN));
        assertThat(b.attempt(List.of(ADMIN)).refused()).isEmpty();
    }

    @Test
    void aBurstOfConcurrentAttemptsOverTwoInstancesGetsNoMoreThanTheLimit() throws Exception {
        Throttle a = new Throttle(new JdbcFailureLog(dataSource), Clock.systemUTC());
        Throttle b = new Throttle(new JdbcFailureLog(dataSource), Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Optional<Duration>>> attempts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Throttle t = i % 2 == 0 ? a : b;
                attempts.add(pool.submit(() -> {
                    start.await();
                    return t.attempt(List.of(ADMIN)).refused();
                }));
            }
            start.countDown();
            int allowed = 0;
            for (Future<Optional<Duration>> f : attempts) {
                allowed += f.get().isEmpty() ? 1 : 0;
            }
            assertThat(allowed).as("counted one after another: the limit, no fewer (a burst once got 0) and no more")
                    .isEqualTo(5);
            assertThat(rows("throttle_failure")).as("refused attempts left nothing behind").isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void checkedFailuresHoldAcrossInstancesAndKeysAreApart() {
        Throttle.Limit link = new Throttle.Limit("link", "192.0.2.7", 3, Duration.ofMinutes(15));
        Throttle.Limit other = new Throttle.Limit("link", "192.0.2.8", 3, Duration.ofMinutes(15));
        Throttle a = new Throttle(new JdbcFailureLog(dataSource), Clock.systemUTC());
        Throttle b = new Throttle(new JdbcFailureLog(dataSource), Clock.systemUTC());
        a.failed(List.of(link));
        b.failed(List.of(link));
        assertThat(a.refusal(List.of(link))).isEmpty();
        a.failed(List.of(link));
        assertThat(b.refusal(List.of(link))).isPresent();
        assertThat(b.refusal(List.of(other))).isEmpty();
        assertThat(b.refusal(List.of(new Throttle.Limit("login-address", "192.0.2.7", 3, Duration.ofMinutes(15)))))
                .as("another scope").isEmpty();
    }

    /**
     * Logins over two keys each (account and address) in both orders at once: the keys are locked in one order, so
     * no two attempts wait on each other in a circle (Derby would end one with a deadlock error after 20 s).
     */
    @Test
    void attemptsLockingTwoKeysInEitherOrderNeverDeadlock() throws Exception {
        Throttle.Limit address = new Throttle.Limit("login-address", "192.0.2.7", 100, Duration.ofMinutes(15));
        Throttle.Limit account = new Throttle.Limit("login-account", "admin", 100, Duration.ofMinutes(15));
        Throttle a = new Throttle(new JdbcFailureLog(dataSource), Clock.systemUTC());
        Throttle b = new Throttle(new JdbcFailureLog(dataSource), Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                Throttle t = i % 2 == 0 ? a : b;
                List<Throttle.Limit> limits = i % 2 == 0 ? List.of(account, address) : List.of(address, account);
                attempts.add(pool.submit(() -> {
                    start.await();
                    Throttle.Attempt attempt = t.attempt(limits);
                    t.failed(attempt);
                    return attempt.refused().isEmpty();
                }));
            }
            start.countDown();
            int allowed = 0;
            for (Future<Boolean> f : attempts) {
                allowed += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(60);
            assertThat(rows("throttle_failure")).isEqualTo(120);
            assertThat(rows("throttle_lock")).as("one lock row per key").isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void expiredLockRowsAreSweptOutAndMadeAgain() throws Exception {
        MutableClock clock = new MutableClock();
        Throttle t = new Throttle(new JdbcFailureLog(dataSource), clock);
        t.failed(t.attempt(List.of(ADMIN)));
        assertThat(rows("throttle_lock")).isEqualTo(1);
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        t.failed(List.of(new Throttle.Limit("link", "192.0.2.7", 3, Duration.ofMinutes(15))));
        assertThat(rows("throttle_lock")).as("swept out with the failure it guarded").isZero();
        assertThat(rows("throttle_failure")).as("only the link failure").isEqualTo(1);
        assertThat(t.attempt(List.of(ADMIN)).refused()).isEmpty();
        assertThat(rows("throttle_lock")).as("made again").isEqualTo(1);
        assertThat(rows("throttle_failure")).isEqualTo(2);
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-12-06T08:00:00Z");

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

    private int rows(String table) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getInt(1);
        }
    }

    private static String sql(String migration) throws IOException {
        try (InputStream in = ThrottleOnDatabaseTest.class.getClassLoader()
                .getResourceAsStream("db/migration/" + migration)) {
            StringBuilder sql = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.strip().startsWith("--")) {
                    sql.append(line).append('\n');
                }
            }
            return sql.toString();
        }
    }
}
