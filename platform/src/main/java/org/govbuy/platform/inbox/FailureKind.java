package org.govbuy.platform.inbox;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;

import org.govbuy.platform.error.DatabaseOutage;
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

    /** SQLSTATEs of a lost race, which passes by itself (a database away is {@link DatabaseOutage}'s). */
    private static final Set<String> RACE_STATES = Set.of(
            "40001", // serialization_failure
            "40P01", // deadlock_detected
            "55P03"); // lock_not_available

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
        if (DatabaseOutage.explains(cause) || cause instanceof SQLTransientException) {
            return true;
        }
        if (cause instanceof SQLException sql && RACE_STATES.contains(sql.getSQLState())) {
            return true;
        }
        return cause instanceof jakarta.persistence.PessimisticLockException
                || cause instanceof jakarta.persistence.LockTimeoutException
                || cause instanceof jakarta.persistence.OptimisticLockException
                || cause instanceof org.hibernate.exception.LockAcquisitionException;
    }
}
