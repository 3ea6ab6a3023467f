package org.govbuy.platform.error;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Set;

/**
 * Finds, anywhere in a failure's causes, the sign that the database could not be reached: the
 * server is restarting or down, the connection broke, or no connection was free in time. Such a
 * failure passes by itself, so a request that meets it is told to come back (503), not that the
 * service is broken (500), and a consumer waits for it instead of giving up on the event.
 */
public final class DatabaseOutage {

    /** SQLSTATEs outside class 08 (connection exception) that mean the same. */
    private static final Set<String> UNREACHABLE_STATES = Set.of(
            "53300", // too_many_connections
            "57P01", // admin_shutdown (server restarting)
            "57P02", // crash_shutdown
            "57P03"); // cannot_connect_now (server starting)

    private DatabaseOutage() {
    }

    /** True when the database being unreachable is among the causes of {@code failure}. */
    public static boolean explains(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (isUnreachable(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnreachable(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException
                || cause instanceof org.hibernate.exception.JDBCConnectionException
                || cause instanceof java.net.ConnectException) {
            return true;
        }
        String state = cause instanceof org.hibernate.JDBCException jdbc ? jdbc.getSQLState()
                : cause instanceof SQLException sql ? sql.getSQLState() : null;
        if (state != null && (state.startsWith("08") || UNREACHABLE_STATES.contains(state))) {
            return true;
        }
        // Agroal's "Sorry, acquisition timeout!" carries no SQLSTATE
        return cause instanceof SQLException sql
                && String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }
}
