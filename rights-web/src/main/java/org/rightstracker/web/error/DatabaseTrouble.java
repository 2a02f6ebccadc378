package org.rightstracker.web.error;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a failure that is not the request's fault but the database's: out of reach (PostgreSQL
 * stopped or restarting, the network gone) or unable to write its files (the embedded database on a
 * full disk or a read-only directory). Such failures answer 503 with a plain explanation instead of the
 * 500 "unexpected error", wherever they surfaced: in a page, the API, or signing in.
 */
public enum DatabaseTrouble {
    UNREACHABLE(
            "Database unavailable",
            "The database cannot be reached right now, so nothing from this request was read or saved."
                    + " Try again in a minute; if it lasts, tell your administrator."),
    CANNOT_WRITE(
            "Database cannot write",
            "The database cannot write to its files: the disk may be full or the data directory read-only."
                    + " Nothing from this request was saved. Tell your administrator: free disk space or make the"
                    + " data directory writable, then restart the server.");

    /** How long a client should wait before trying again, in seconds (the Retry-After header). */
    public static final int RETRY_AFTER_SECONDS = 30;

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
        Optional<DatabaseTrouble> found = Optional.empty();
        while (!pending.isEmpty()) {
            Throwable next = pending.poll();
            if (!seen.add(next)) {
                continue;
            }
            Optional<DatabaseTrouble> here = classify(next);
            if (here.filter(t -> t == CANNOT_WRITE).isPresent()) {
                return here;
            }
            found = found.or(() -> here);
            if (next.getCause() != null) {
                pending.add(next.getCause());
            }
            pending.addAll(List.of(next.getSuppressed()));
        }
        return found;
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
            if (sql instanceof SQLTransientConnectionException
                    || sql instanceof SQLNonTransientConnectionException
                    || (state != null && (state.startsWith("08") || POSTGRES_GOING_AWAY.contains(state)))
                    || acquisitionTimeout(sql.getMessage())) {
                return Optional.of(UNREACHABLE);
            }
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

    /** The pool gave up waiting for a connection: every one is broken or the server refuses new ones. */
    private static boolean acquisitionTimeout(String message) {
        return message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }
}
