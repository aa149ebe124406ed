package org.parindex.survey.platform.persistence;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database cannot be reached (stopped, restarting, network gone, every pooled
 * connection in use past the pool's wait), as opposed to a fault of the request: such requests are answered 503
 * with {@code Retry-After} and this problem ({@code FallbackMapper}, {@code DatabaseFaultFilter}, the
 * authentication mechanism) instead of a 500; nothing was stored, and the pool reconnects by itself once the
 * database is back ({@link SurveyDataSource}).
 */
public final class DatabaseUnavailable {

    /** The problem's kind ({@code urn:parindex:problem:database-unavailable}), title and detail. */
    public static final String KIND = "database-unavailable";
    public static final String TITLE = "Cơ sở dữ liệu tạm thời không truy cập được (Database unavailable)";
    public static final String DETAIL = "Máy chủ tạm thời không kết nối được cơ sở dữ liệu; yêu cầu chưa được lưu."
            + " Hãy thử lại sau ít phút. (The database is unavailable; nothing was stored. Please try again"
            + " shortly.)";
    /** Seconds a client should wait before sending the request again. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private DatabaseUnavailable() {
    }

    /**
     * True when {@code e} or any of its causes is a connection failure: SQLState class 08 (connection exception,
     * both databases), a JDBC connection exception, a refused or timed-out socket, or the pool unable to hand out a
     * connection (Payara's {@code jakarta.resource.ResourceException}s).
     */
    public static boolean isCause(Throwable e) {
        int depth = 0;
        for (Throwable c = e; c != null && depth < 50; c = c.getCause(), depth++) {
            if (c instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && state.startsWith("08")) {
                    return true;
                }
                if (c instanceof SQLNonTransientConnectionException || c instanceof SQLTransientConnectionException) {
                    return true;
                }
                for (SQLException next = sql.getNextException(); next != null && next != sql;
                     next = next.getNextException()) {
                    if (next.getSQLState() != null && next.getSQLState().startsWith("08")) {
                        return true;
                    }
                }
            }
            if (c instanceof ConnectException || c instanceof NoRouteToHostException
                    || c instanceof SocketTimeoutException) {
                return true;
            }
            if (isPoolFailure(c)) {
                return true;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }

    /** The connector's exceptions (by name: the pool's classes are not on the application's class path). */
    private static boolean isPoolFailure(Throwable c) {
        for (Class<?> k = c.getClass(); k != null; k = k.getSuperclass()) {
            String name = k.getName();
            if (name.equals("jakarta.resource.ResourceException")
                    || name.equals("com.sun.appserv.connectors.internal.api.PoolingException")) {
                return true;
            }
        }
        return false;
    }
}
