package org.parindex.survey.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import java.net.ConnectException;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aRefusedPostgresqlConnectionIsTheDatabaseBeingUnavailable() {
        // nothing listens on port 1 of loopback: the driver's own exception, as the pool would pass it on
        SQLException refused = null;
        try {
            DriverManager.getConnection("jdbc:postgresql://127.0.0.1:1/x?connectTimeout=2", "u", "p").close();
        } catch (SQLException e) {
            refused = e;
        }
        assertThat((Object) refused).isNotNull();
        assertThat(DatabaseUnavailable.isCause(new PersistenceException("wrapped",
                new RuntimeException(refused)))).isTrue();
    }

    @Test
    void poolAndSocketFailuresCountButRequestFaultsDoNot() {
        assertThat(DatabaseUnavailable.isCause(new SQLException("Error in allocating a connection",
                new ResourceException("Connection could not be allocated")))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException(new ConnectException("refused"))))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(new SQLException("connection failure", "08006"))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new SQLException("deadlock", "40P01"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new IllegalArgumentException("bad"))).isFalse();
    }
}
