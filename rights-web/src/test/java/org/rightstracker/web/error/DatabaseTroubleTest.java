package org.rightstracker.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.RollbackException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures are the database's, and which kind, wherever in the chain they hide. */
class DatabaseTroubleTest {

    @Test
    void aRefusedConnectionIsAnUnreachableDatabase() {
        var refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        assertThat(DatabaseTrouble.of(new IllegalStateException("wrapped", refused)))
                .contains(DatabaseTrouble.UNREACHABLE);
        assertThat(DatabaseTrouble.of(new SQLException("terminating connection due to administrator command", "57P01")))
                .contains(DatabaseTrouble.UNREACHABLE);
    }

    @Test
    void noFreeConnectionInTimeIsABusyServerUnlessTheDatabaseIsGoneBehindIt() {
        assertThat(DatabaseTrouble.of(new SQLException("Sorry, acquisition timeout!")))
                .contains(DatabaseTrouble.BUSY);
        var refused = new SQLException("Connection refused", "08001");
        assertThat(DatabaseTrouble.of(new SQLException("Sorry, acquisition timeout!", refused)))
                .contains(DatabaseTrouble.UNREACHABLE);
    }

    @Test
    void aLockWaitTooLongIsABusyServer() {
        assertThat(DatabaseTrouble.of(new SQLException("Timeout trying to lock table \"PRODUCTION\"", "HYT00", 50200)))
                .contains(DatabaseTrouble.BUSY);
        assertThat(DatabaseTrouble.of(new SQLException("deadlock detected", "40P01")))
                .contains(DatabaseTrouble.BUSY);
    }

    @Test
    void aTimedOutTransactionIsABusyServer() {
        assertThat(DatabaseTrouble.of(new RollbackException("ARJUNA016102: The transaction is not active! Uid is 0:1")))
                .contains(DatabaseTrouble.BUSY);
    }

    @Test
    void aFullDiskIsFoundEvenAsASuppressedExceptionOfTheRollback() {
        var rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(
                new SQLException("General error", "HY000", 50000, new IOException("No space left on device")));
        assertThat(DatabaseTrouble.of(new IllegalStateException(rollback))).contains(DatabaseTrouble.CANNOT_WRITE);
        assertThat(DatabaseTrouble.of(new UncheckedIOException(new IOException("Read-only file system"))))
                .contains(DatabaseTrouble.CANNOT_WRITE);
        assertThat(DatabaseTrouble.of(new SQLException("The database has been closed", "90098", 90098)))
                .contains(DatabaseTrouble.CANNOT_WRITE);
    }

    @Test
    void everythingElseIsNotTheDatabases() {
        assertThat(DatabaseTrouble.of(new IllegalStateException("a bug"))).isEmpty();
        assertThat(DatabaseTrouble.of(new SQLException("duplicate key", "23505")))
                .isEmpty();
        assertThat(DatabaseTrouble.of(null)).isEmpty();
    }
}
