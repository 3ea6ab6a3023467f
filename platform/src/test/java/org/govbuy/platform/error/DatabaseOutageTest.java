package org.govbuy.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/**
 * A database that cannot be reached is recognised however the driver, the pool, Hibernate and the
 * transaction manager wrap it, and is never confused with a bug or with bad data.
 */
class DatabaseOutageTest {

    private static RuntimeException wrapped(Throwable cause) {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.initCause(cause);
        return new IllegalStateException(new PersistenceException(rollback));
    }

    @Test
    void aBrokenOrRefusedConnectionIsAnOutage() {
        assertThat(DatabaseOutage.explains(wrapped(new SQLException("An I/O error occurred while sending to the backend.",
                "08006")))).isTrue();
        assertThat(DatabaseOutage.explains(wrapped(new SQLException("Connection to 127.0.0.1:5432 refused.", "08001",
                new ConnectException("Connection refused"))))).isTrue();
        assertThat(DatabaseOutage.explains(new JDBCConnectionException("could not prepare statement",
                new SQLException("This connection has been closed.", "08003")))).isTrue();
    }

    @Test
    void aServerShuttingDownOrStartingIsAnOutage() {
        assertThat(DatabaseOutage.explains(wrapped(new SQLException(
                "terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseOutage.explains(wrapped(new SQLException("the database system is starting up", "57P03"))))
                .isTrue();
    }

    @Test
    void noFreeConnectionInTimeIsAnOutage() {
        assertThat(DatabaseOutage.explains(wrapped(new SQLException("Sorry, acquisition timeout!")))).isTrue();
    }

    @Test
    void badSqlBadDataAndLostRacesAreNot() {
        assertThat(DatabaseOutage.explains(wrapped(new SQLException("syntax error", "42601")))).isFalse();
        assertThat(DatabaseOutage.explains(wrapped(new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(DatabaseOutage.explains(wrapped(new SQLException("could not serialize", "40001")))).isFalse();
        assertThat(DatabaseOutage.explains(new IllegalArgumentException("bug"))).isFalse();
    }
}
