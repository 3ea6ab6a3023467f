package org.govbuy.platform.inbox;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

import org.govbuy.platform.outbox.EventTooLargeException;

/**
 * What a consumer's failure says about trying again. A transient failure (the database is away
 * or restarting, a serialization conflict, a deadlock, a pool time-out) passes by itself: the
 * event is retried for as long as it lasts. Poison (a record that is not a CloudEvent, data that
 * does not fit its documented shape) never succeeds: it goes to dead letters at once. Anything
 * else may be a bug that a fix cures: it is retried a few times, then dead-lettered for an
 * operator to replay.
 */
enum FailureKind {
    TRANSIENT, POISON, UNKNOWN;

    /** SQLSTATE classes and codes that pass by themselves. */
    private static final Set<String> TRANSIENT_STATES = Set.of(
            "40001", // serialization_failure
            "40P01", // deadlock_detected
            "55P03", // lock_not_available
            "53300", // too_many_connections
            "57P01", // admin_shutdown (server restarting)
            "57P02", // crash_shutdown
            "57P03"); // cannot_connect_now (server starting)

    static FailureKind of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PoisonMessageException || cause instanceof EventTooLargeException) {
                return POISON;
            }
            if (isTransient(cause)) {
                return TRANSIENT;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return UNKNOWN;
    }

    private static boolean isTransient(Throwable cause) {
        if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
            return true;
        }
        if (cause instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || TRANSIENT_STATES.contains(state))) {
                return true;
            }
            // Agroal's "Sorry, acquisition timeout!" carries no SQLSTATE
            String message = String.valueOf(sql.getMessage()).toLowerCase(java.util.Locale.ROOT);
            return message.contains("acquisition timeout");
        }
        return cause instanceof jakarta.persistence.PessimisticLockException
                || cause instanceof jakarta.persistence.LockTimeoutException
                || cause instanceof jakarta.persistence.OptimisticLockException
                || cause instanceof org.hibernate.exception.JDBCConnectionException
                || cause instanceof org.hibernate.exception.LockAcquisitionException
                || cause instanceof java.net.ConnectException;
    }
}
