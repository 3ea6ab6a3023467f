package org.govbuy.platform.error;

import java.sql.SQLException;
import java.util.Optional;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import org.hibernate.StaleStateException;

/**
 * Finds, anywhere in a failure's causes, the sign that the request lost a race with another one:
 * a unique key taken meanwhile, a row changed meanwhile (optimistic lock), a serialization failure
 * or a deadlock. Such failures often surface only at commit, wrapped in the transaction manager's
 * own exceptions; they are conflicts (409), never internal errors.
 */
final class ConflictCause {

    private ConflictCause() {
    }

    /** What to tell the client, or empty when the failure is not a lost race. */
    static Optional<String> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return Optional.of("the resource was changed by someone else meanwhile; read it again and retry");
            }
            if (cause instanceof PessimisticLockException) {
                return Optional.of("the resource is being changed by someone else; retry");
            }
            String state = sqlState(cause);
            if ("23505".equals(state)) {
                return Optional.of("a resource with the same identity already exists");
            }
            if ("40001".equals(state) || "40P01".equals(state) || "55P03".equals(state)) {
                return Optional.of("the request collided with a concurrent change; retry");
            }
        }
        return Optional.empty();
    }

    private static String sqlState(Throwable cause) {
        if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
            return violation.getSQLState();
        }
        if (cause instanceof org.hibernate.JDBCException jdbc) {
            return jdbc.getSQLState();
        }
        return cause instanceof SQLException sql ? sql.getSQLState() : null;
    }
}
