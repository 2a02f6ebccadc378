package org.rightstracker.web.error;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a failure that is not the request's fault but the database's: out of reach (PostgreSQL
 * stopped or restarting, the network gone), too busy (no free connection in time, a lock held too long
 * by another transaction, or the transaction timed out under load) or unable to write its files (the embedded database on a full disk or a
 * read-only directory). Such failures answer 503 with a plain explanation instead of the
 * 500 "unexpected error", wherever they surfaced: in a page, the API, or signing in.
 */
public enum DatabaseTrouble {
    UNREACHABLE(
            "Database unavailable",
            "The database cannot be reached right now, so nothing from this request was read or saved."
                    + " Try again in a minute; if it lasts, tell your administrator."),
    BUSY(
            "Server busy",
            "The server is too busy to serve this request right now; nothing from it was saved."
                    + " Try again in a moment."),
    CANNOT_WRITE(
            "Database cannot write",
            "The database cannot write to its files: the disk may be full or the data directory read-only."
                    + " Nothing from this request was saved. Tell your administrator: free disk space or make the"
                    + " data directory writable, then restart the server.");

    /** How long a client should wait before trying again, in seconds (the Retry-After header). */
    public static final int RETRY_AFTER_SECONDS = 30;

    /** Narayana's "the transaction is not active" at commit: the reaper rolled it back when it timed out. */
    private static final String TRANSACTION_TIMED_OUT = "ARJUNA016102";

    /** Waiting for another transaction's lock took too long: H2's lock timeout, PostgreSQL's lock and deadlock. */
    private static final Set<String> CONTENTION = Set.of("HYT00", "55P03", "40P01");

    /** PostgreSQL: admin shutdown, crash shutdown, cannot connect now (starting up or shutting down). */
    private static final Set<String> POSTGRES_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    /** H2 error codes for a store it could not write or has closed after failing to. */
    private static final Set<Integer> H2_STORAGE_FAILURES = Set.of(
            90028, // IO_EXCEPTION_1
            90031, // IO_EXCEPTION_2
            90097, // DATABASE_IS_READ_ONLY
            90098, // DATABASE_IS_CLOSED
            90121 // DATABASE_CALLED_AT_SHUTDOWN
            );

    private final String title;
    private final String detail;

    DatabaseTrouble(String title, String detail) {
        this.title = title;
        this.detail = detail;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    /**
     * The trouble behind {@code failure}, looking through its causes and suppressed exceptions (a failed
     * commit carries the database's own error as suppressed); empty for any other failure.
     */
    public static Optional<DatabaseTrouble> of(Throwable failure) {
        Deque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (failure != null) {
            pending.add(failure);
        }
        EnumSet<DatabaseTrouble> found = EnumSet.noneOf(DatabaseTrouble.class);
        while (!pending.isEmpty()) {
            Throwable next = pending.poll();
            if (!seen.add(next)) {
                continue;
            }
            classify(next).ifPresent(found::add);
            if (next.getCause() != null) {
                pending.add(next.getCause());
            }
            pending.addAll(List.of(next.getSuppressed()));
        }
        // The most telling first: a disk that refuses writes, then a database gone, then a busy pool (which
        // may only be the symptom of the database being gone).
        for (DatabaseTrouble trouble : List.of(CANNOT_WRITE, UNREACHABLE, BUSY)) {
            if (found.contains(trouble)) {
                return Optional.of(trouble);
            }
        }
        return Optional.empty();
    }

    private static Optional<DatabaseTrouble> classify(Throwable cause) {
        if (cause instanceof IOException && storageMessage(cause.getMessage())) {
            return Optional.of(CANNOT_WRITE);
        }
        if (cause.getClass().getName().equals("org.h2.mvstore.MVStoreException")
                && cause.getMessage() != null
                && cause.getMessage().startsWith("Writing to")) {
            return Optional.of(CANNOT_WRITE);
        }
        if (cause instanceof SQLException sql) {
            if (H2_STORAGE_FAILURES.contains(sql.getErrorCode()) || storageMessage(sql.getMessage())) {
                return Optional.of(CANNOT_WRITE);
            }
            String state = sql.getSQLState();
            if (acquisitionTimeout(sql.getMessage()) || (state != null && CONTENTION.contains(state))) {
                return Optional.of(BUSY);
            }
            if (sql instanceof SQLTransientConnectionException
                    || sql instanceof SQLNonTransientConnectionException
                    || (state != null && (state.startsWith("08") || POSTGRES_GOING_AWAY.contains(state)))) {
                return Optional.of(UNREACHABLE);
            }
        }
        if (cause.getClass().getName().equals("jakarta.transaction.RollbackException")
                && cause.getMessage() != null
                && cause.getMessage().contains(TRANSACTION_TIMED_OUT)) {
            return Optional.of(BUSY);
        }
        if (cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
            return Optional.of(UNREACHABLE);
        }
        return Optional.empty();
    }

    private static boolean storageMessage(String message) {
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("no space left on device") || lower.contains("read-only file system");
    }

    /** The pool gave up waiting for a free connection: every one is in use by other requests. */
    private static boolean acquisitionTimeout(String message) {
        return message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }
}
