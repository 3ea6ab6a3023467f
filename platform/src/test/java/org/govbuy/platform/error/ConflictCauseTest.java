package org.govbuy.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;

import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

/**
 * A lost race is recognised however deep the transaction manager wraps it — as it does when the
 * race is noticed only at commit.
 */
class ConflictCauseTest {

    private static RuntimeException atCommit(Throwable cause) {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.initCause(cause);
        return new IllegalStateException(new PersistenceException(rollback));
    }

    @Test
    void aRowChangedMeanwhileIsAConflict() {
        assertThat(ConflictCause.of(atCommit(new OptimisticLockException(new StaleObjectStateException("Supplier",
                "52110108MJ0000001Y"))))).get().asString().contains("changed by someone else");
    }

    @Test
    void aUniqueKeyTakenMeanwhileIsAConflict() {
        assertThat(ConflictCause.of(atCommit(new SQLException("duplicate key value", "23505"))))
                .get().asString().contains("already exists");
    }

    @Test
    void aSerializationFailureOrDeadlockIsAConflict() {
        assertThat(ConflictCause.of(atCommit(new SQLException("could not serialize", "40001")))).isPresent();
        assertThat(ConflictCause.of(atCommit(new SQLException("deadlock detected", "40P01")))).isPresent();
    }

    @Test
    void anythingElseIsNot() {
        assertThat(ConflictCause.of(atCommit(new SQLException("syntax error", "42601")))).isEmpty();
        assertThat(ConflictCause.of(new IllegalArgumentException("bug"))).isEmpty();
    }
}
