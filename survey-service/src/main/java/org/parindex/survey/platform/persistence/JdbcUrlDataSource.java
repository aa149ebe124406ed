package org.parindex.survey.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A plain, unpooled {@link DataSource} configured by a JDBC URL alone: it opens connections with the first JDBC
 * driver on the application's class path that accepts the URL (Derby and PostgreSQL ship in the WAR). Payara
 * instantiates it for {@link SurveyDataSource}, sets {@code url}, {@code user} and {@code password}, and pools
 * its connections; one vendor-neutral class means the database is chosen by configuration only. PostgreSQL
 * connections get bounded time-outs ({@link #POSTGRESQL_TIMEOUTS}).
 */
public class JdbcUrlDataSource implements DataSource {

    /**
     * Bounds on waiting for an unreachable PostgreSQL server (seconds), so that requests fail fast instead of
     * hanging: to connect, to log in, and for any one answer of the server (a black-holed network; no statement of
     * the service takes that long). Parameters of the same name in the URL win (the driver reads the URL last).
     */
    static final Map<String, String> POSTGRESQL_TIMEOUTS = Map.of("connectTimeout", "5", "loginTimeout", "10",
            "socketTimeout", "300", "tcpKeepAlive", "true");

    private String url;
    private String user;
    private String password;
    private int loginTimeout;
    private PrintWriter logWriter;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    /** Payara may set the URL under this name too. */
    public void setURL(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("no JDBC URL: set survey.db.url (environment variable SURVEY_DB_URL)");
        }
        Driver driver = driverFor(url);
        Properties info = new Properties();
        if (url.startsWith("jdbc:postgresql:")) {
            info.putAll(POSTGRESQL_TIMEOUTS);
        }
        if (username != null && !username.isBlank()) {
            info.setProperty("user", username);
        }
        if (pass != null && !pass.isEmpty()) {
            info.setProperty("password", pass);
        }
        Connection connection = driver.connect(url, info);
        if (connection == null) {
            throw new SQLException("driver " + driver.getClass().getName() + " refused URL " + redacted(url));
        }
        return connection;
    }

    private static Driver driverFor(String url) throws SQLException {
        for (Driver driver : ServiceLoader.load(Driver.class, JdbcUrlDataSource.class.getClassLoader())) {
            if (driver.acceptsURL(url)) {
                return driver;
            }
        }
        throw new SQLException("no JDBC driver on the class path accepts " + redacted(url)
                + " (the WAR ships Derby and PostgreSQL drivers)");
    }

    /** The URL without parameters that may hold secrets ({@code ?password=…}). */
    static String redacted(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
