package org.parindex.survey.platform.throttle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.parindex.survey.platform.persistence.SurveyDatabase;

/**
 * The failures in table {@code throttle_failure} (V50), shared by every instance on the database, with plain JDBC.
 * Writes run outside any transaction of the caller ({@code NOT_SUPPORTED}: each statement commits at once), so a
 * failure stays counted when the request that caused it rolls back (an unknown link ends in a 404); reads join the
 * caller's transaction when there is one ({@code SUPPORTS}), so a link check inside a respondent's transaction
 * needs no second connection.
 */
@ApplicationScoped
public class JdbcFailureLog implements FailureLog {

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
    public void add(long id, String key, Instant at, Instant expires, boolean pending) {
        update("INSERT INTO throttle_failure (id, throttle_key, failed_at, expires_at, pending) VALUES (?, ?, ?, ?, ?)",
                id, key, at.toEpochMilli(), expires.toEpochMilli(), pending ? 1 : 0);
    }

    @Override
    @Transactional(TxType.NOT_SUPPORTED)
    public void settle(long id) {
        update("UPDATE throttle_failure SET pending = 0 WHERE id = ?", id);
    }

    @Override
    @Transactional(TxType.SUPPORTS)
    public List<Failure> after(String key, Instant after) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id, failed_at, pending FROM throttle_failure"
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
        } catch (SQLException e) {
            throw new ThrottleStorageException(e);
        }
    }

    @Override
    @Transactional(TxType.NOT_SUPPORTED)
    public void remove(long id) {
        update("DELETE FROM throttle_failure WHERE id = ?", id);
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
    }

    private void update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new ThrottleStorageException(e);
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
