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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
            for (String sql : migration().split(";")) {
                if (!sql.isBlank()) {
                    s.execute(sql);
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
            assertThat(allowed).isBetween(1, 5);
            assertThat(rows()).as("refused attempts left nothing behind").isEqualTo(allowed);
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

    private int rows() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT COUNT(*) FROM throttle_failure")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static String migration() throws IOException {
        try (InputStream in = ThrottleOnDatabaseTest.class.getClassLoader()
                .getResourceAsStream("db/migration/V50__cluster_throttles_and_start_up_lock.sql")) {
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
