package org.parindex.survey.platform.throttle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.parindex.survey.platform.persistence.SurveyDatabase;

/**
 * The failures in table {@code throttle_failure} (V50), shared by every instance on the database, with plain JDBC;
 * login attempts are counted under the row locks of {@code throttle_lock} (V66). Everything runs outside any
 * transaction of the caller ({@code NOT_SUPPORTED}: each statement commits at once, the connection goes back to
 * the pool when closed): a failure stays counted when the request that caused it rolls back (an unknown link ends
 * in a 404), and a link check at the start of a respondent's transaction does not keep a connection to its end.
 * (Reads used to join the caller's transaction: Payara enlisted their connection until the transaction ended and
 * JPA took a second one, so 32 respondents at once held the whole pool and waited 10 s each for their second —
 * issue 12's benchmark at 64 clients, 503s.)
 */
@ApplicationScoped
public class JdbcFailureLog implements FailureLog {

    /** SQLState of a unique constraint broken, in Derby and PostgreSQL alike. */
    private static final String DUPLICATE_KEY = "23505";
    private static final int LOCK_ROUNDS = 5;
    private static final String INSERT_FAILURE = "INSERT INTO throttle_failure"
            + " (id, throttle_key, failed_at, expires_at, pending) VALUES (?, ?, ?, ?, ?)";

    private DataSource dataSource;

    JdbcFailureLog() {
        // for the CDI proxy
    }

    @Inject
    public JdbcFailureLog(@SurveyDatabase DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional(TxType.NOT_SUPPORTED)
    public void add(long id, String key, Instant at, Instant expires) {
        update(INSERT_FAILURE, id, key, at.toEpochMilli(), expires.toEpochMilli(), 0);
    }

    /**
     * One local transaction on a connection of its own: lock the keys' rows of {@code throttle_lock} (V66) in key
     * order, read, decide, insert, commit. A key without a lock row (its first attempt, or swept out) gets one
     * outside the transaction, where two instances making it at once only meet a duplicate key, and the step
     * begins again.
     */
    @Override
    @Transactional(TxType.NOT_SUPPORTED)
    public Optional<Duration> addUnlessRefused(List<Attempted> attempts,
            Function<List<List<Failure>>, Optional<Duration>> refusal) {
        SortedSet<String> keys = attempts.stream().map(Attempted::key).collect(Collectors.toCollection(TreeSet::new));
        long expires = attempts.stream().mapToLong(a -> a.expires().toEpochMilli()).max().orElseThrow();
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            try {
                for (int round = 1; round <= LOCK_ROUNDS; round++) {
                    c.setAutoCommit(false);
                    Optional<Optional<Duration>> decided = countAndAdd(c, keys, expires, attempts, refusal);
                    if (decided.isPresent()) {
                        c.commit();
                        return decided.get();
                    }
                    c.rollback();
                    c.setAutoCommit(true);
                    createLocks(c, keys, expires);
                }
                throw new ThrottleStorageException(new SQLException("throttle_lock: the rows of " + keys.size()
                        + " keys kept disappearing (swept out) in " + LOCK_ROUNDS + " rounds"));
            } catch (SQLException | RuntimeException e) {
                if (!c.getAutoCommit()) {
                    c.rollback();
                }
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new ThrottleStorageException(e);
        }
    }

    /** With the keys locked: the decision, and the attempts recorded unless refused; empty when a key had no row. */
    private static Optional<Optional<Duration>> countAndAdd(Connection c, SortedSet<String> keys, long expires,
            List<Attempted> attempts, Function<List<List<Failure>>, Optional<Duration>> refusal)
            throws SQLException {
        try (PreparedStatement lock = c.prepareStatement(
                "UPDATE throttle_lock SET expires_at = ? WHERE throttle_key = ?")) {
            for (String key : keys) {
                lock.setLong(1, expires);
                lock.setString(2, key);
                if (lock.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
        }
        List<List<Failure>> seen = new ArrayList<>();
        for (Attempted a : attempts) {
            seen.add(after(c, a.key(), a.since()));
        }
        Optional<Duration> refused = refusal.apply(seen);
        if (refused.isEmpty()) {
            try (PreparedStatement insert = c.prepareStatement(INSERT_FAILURE)) {
                for (Attempted a : attempts) {
                    setAll(insert, a.id(), a.key(), a.at().toEpochMilli(), a.expires().toEpochMilli(), 1);
                    insert.executeUpdate();
                }
            }
        }
        return Optional.of(refused);
    }

    private static void createLocks(Connection c, SortedSet<String> keys, long expires) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO throttle_lock (throttle_key, expires_at) VALUES (?, ?)")) {
            for (String key : keys) {
                setAll(insert, key, expires);
                try {
                    insert.executeUpdate();
                } catch (SQLException e) {
                    if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                        throw e;
                    }
                }
            }
        }
    }

    @Override
    @Transactional(TxType.NOT_SUPPORTED)
    public void settle(long id) {
        update("UPDATE throttle_failure SET pending = 0 WHERE id = ?", id);
    }

    @Override
    @Transactional(TxType.NOT_SUPPORTED)
    public List<Failure> after(String key, Instant after) {
        try (Connection c = dataSource.getConnection()) {
            return after(c, key, after);
        } catch (SQLException e) {
            throw new ThrottleStorageException(e);
        }
    }

    private static List<Failure> after(Connection c, String key, Instant after) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, failed_at, pending FROM throttle_failure"
                + " WHERE throttle_key = ? AND failed_at > ? ORDER BY failed_at, id")) {
            s.setString(1, key);
            s.setLong(2, after.toEpochMilli());
            List<Failure> failures = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    failures.add(new Failure(r.getLong(1), Instant.ofEpochMilli(r.getLong(2)), r.getInt(3) != 0));
                }
            }
            return failures;
        }
    }

    @Override
    @Transactional(TxType.NOT_SUPPORTED)
    public void clear(String key) {
        update("DELETE FROM throttle_failure WHERE throttle_key = ?", key);
    }

    @Override
    @Transactional(TxType.NOT_SUPPORTED)
    public void purge(Instant now) {
        update("DELETE FROM throttle_failure WHERE expires_at <= ?", now.toEpochMilli());
        // lock rows one at a time: a statement holding several could wait on an attempt that waits on it
        List<String> expired = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT throttle_key FROM throttle_lock WHERE expires_at <= ?")) {
            s.setLong(1, now.toEpochMilli());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    expired.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new ThrottleStorageException(e);
        }
        for (String key : expired) {
            update("DELETE FROM throttle_lock WHERE throttle_key = ? AND expires_at <= ?", key, now.toEpochMilli());
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            setAll(s, parameters);
            s.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new ThrottleStorageException(e);
        }
    }

    private static void setAll(PreparedStatement s, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
    }

    /** The database failed under a throttle (a cause the fault mappers recognise: the SQLException is kept). */
    public static final class ThrottleStorageException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ThrottleStorageException(SQLException cause) {
            super("throttle_failure: " + cause.getMessage(), cause);
        }
    }
}
