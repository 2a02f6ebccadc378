package org.rightstracker.web.error;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.rightstracker.core.shared.NumberLimit;
import org.rightstracker.core.shared.TextLimit;

/**
 * A write the database refused by one of its constraints, although the services check every rule first
 * (two requests racing past a uniqueness check, a rule a service forgot): a 409 for a value already taken or
 * a record still referenced, a 400 for a missing, out-of-range or too long value, naming the field where
 * the constraint or the column tells it. H2 and PostgreSQL share the SQLSTATEs but for a failed check (H2
 * 23513, PostgreSQL 23514) and a missing parent (H2 23506, PostgreSQL 23503); their messages differ, so
 * the columns are read from either form, or looked up by the constraint's name in the standard
 * {@code information_schema} when the message names only the constraint (H2's unnamed checks).
 */
public final class DatabaseRefusal {

    private static final Logger LOG = Logger.getLogger(DatabaseRefusal.class);

    /** What the database refused, with the HTTP status and the field it concerns (null when unknown). */
    public record Refusal(int status, String title, String field, String detail) {}

    private enum Kind {
        DUPLICATE("23505", 409, "Already exists", "A record with this value already exists; choose another."),
        STILL_REFERENCED(
                "23503",
                409,
                "Conflict",
                "This refers to a record that does not exist, or is still used by another record."),
        STILL_REFERENCED_H2(
                "23506",
                409,
                "Conflict",
                "This refers to a record that does not exist, or is still used by another record."),
        MISSING("23502", 400, "Invalid input", "A required value is missing."),
        OUT_OF_RANGE("23513", 400, "Invalid input", "A value is outside what is allowed."),
        OUT_OF_RANGE_POSTGRES("23514", 400, "Invalid input", "A value is outside what is allowed."),
        TOO_LONG("22001", 400, "Invalid input", "A value is longer or larger than what is stored."),
        NUMBER_TOO_LARGE("22003", 400, "Invalid input", "A number is larger than what is stored.");

        final String state;
        final int status;
        final String title;
        final String detail;

        Kind(String state, int status, String title, String detail) {
            this.state = state;
            this.status = status;
            this.title = title;
            this.detail = detail;
        }

        static Optional<Kind> of(String state) {
            return Arrays.stream(values()).filter(k -> k.state.equals(state)).findFirst();
        }
    }

    // H2: ... ON PUBLIC.CUE(PRODUCTION_ID NULLS FIRST, NUMBER NULLS FIRST) / FOREIGN KEY(WORK_ID)
    private static final Pattern H2_INDEX_COLUMNS = Pattern.compile("ON [A-Z0-9_\"]+\\.([A-Z0-9_\"]+)\\(([^)]*)\\)");
    private static final Pattern H2_FOREIGN_KEY =
            Pattern.compile("[A-Z0-9_\"]+\\.([A-Z0-9_\"]+) FOREIGN KEY\\(([^)]*)\\)");
    // H2: column "TITLE" / column "NOTES CHARACTER VARYING(4000)"; PostgreSQL: column "title" of relation "cue"
    private static final Pattern COLUMN =
            Pattern.compile("column \"([A-Za-z0-9_]+)[^\"]*\"(?: of relation \"([a-z0-9_]+)\")?");
    // PostgreSQL: Key (production_id, number)=(...)
    private static final Pattern KEY_COLUMNS = Pattern.compile("Key \\(([^)]*)\\)=");
    // PostgreSQL: constraint "uk_cue_number"; H2: Check constraint violation: "CONSTRAINT_85: "
    private static final Pattern CONSTRAINT =
            Pattern.compile("(?:constraint \"|constraint violation: \")(?:[A-Za-z0-9_]+\\.)?([A-Za-z0-9_]+)");
    private static final Pattern PG_RELATION = Pattern.compile("relation \"([a-z0-9_]+)\"");

    private static final Map<String, List<String>> CONSTRAINT_COLUMNS = new ConcurrentHashMap<>();

    private DatabaseRefusal() {}

    /** The refusal behind {@code failure}, looking through its causes and suppressed exceptions. */
    public static Optional<Refusal> of(Throwable failure) {
        return sqlException(failure).flatMap(sql -> Kind.of(sql.getSQLState()).map(kind -> refusal(kind, sql)));
    }

    private static Refusal refusal(Kind kind, SQLException sql) {
        String message = sql.getMessage() == null ? "" : sql.getMessage();
        String field = field(message);
        String detail = field == null ? kind.detail : field + ": " + lowerFirst(kind.detail);
        return new Refusal(kind.status, kind.title, field, detail);
    }

    private static String field(String message) {
        String table = null;
        List<String> columns = List.of();
        Matcher index = H2_INDEX_COLUMNS.matcher(message);
        Matcher foreignKey = H2_FOREIGN_KEY.matcher(message);
        Matcher column = COLUMN.matcher(message);
        Matcher key = KEY_COLUMNS.matcher(message);
        if (index.find()) {
            table = unquoted(index.group(1));
            columns = names(index.group(2));
        } else if (foreignKey.find()) {
            table = unquoted(foreignKey.group(1));
            columns = names(foreignKey.group(2));
        } else if (column.find()) {
            table = column.group(2);
            columns = List.of(column.group(1));
        } else if (key.find()) {
            Matcher relation = PG_RELATION.matcher(message);
            table = relation.find() ? relation.group(1) : null;
            columns = names(key.group(1));
        } else {
            Matcher constraint = CONSTRAINT.matcher(message);
            if (constraint.find()) {
                List<String> found = columnsOf(constraint.group(1));
                if (!found.isEmpty()) {
                    table = found.get(0);
                    columns = found.subList(1, found.size());
                }
            }
        }
        return fieldOf(table, columns);
    }

    /** The field of the most telling column: a value people typed rather than the parent's id. */
    static String fieldOf(String table, List<String> columns) {
        List<String> ordered = new ArrayList<>(columns);
        Collections.reverse(ordered);
        ordered.sort((a, b) -> Boolean.compare(a.endsWith("_id"), b.endsWith("_id")));
        for (String column : ordered) {
            Optional<String> declared = declaredField(table, column);
            if (declared.isPresent()) {
                return declared.get();
            }
        }
        return ordered.isEmpty() ? null : camelCase(ordered.get(0));
    }

    private static Optional<String> declaredField(String table, String column) {
        List<String> fields = new ArrayList<>();
        for (TextLimit limit : TextLimit.values()) {
            if (limit.column().equalsIgnoreCase(column)
                    && (table == null || limit.table().equalsIgnoreCase(table))) {
                fields.add(limit.field());
            }
        }
        for (NumberLimit limit : NumberLimit.values()) {
            for (NumberLimit.StoredColumn stored : limit.columns()) {
                if (stored.column().equalsIgnoreCase(column)
                        && (table == null || stored.table().equalsIgnoreCase(table))) {
                    fields.add(stored.field());
                }
            }
        }
        return fields.stream().distinct().count() == 1 ? Optional.of(fields.get(0)) : Optional.empty();
    }

    /** The table and then the columns a named constraint covers, from the standard information_schema. */
    private static List<String> columnsOf(String constraintName) {
        return CONSTRAINT_COLUMNS.computeIfAbsent(constraintName.toLowerCase(Locale.ROOT), name -> {
            // Looked up only on this rare path, so the refusal itself needs no bean.
            var container = Arc.container();
            if (container == null) {
                return List.of();
            }
            try (Connection connection =
                            container.instance(AgroalDataSource.class).get().getConnection();
                    PreparedStatement query = connection.prepareStatement(
                            "select table_name, column_name from information_schema.constraint_column_usage"
                                    + " where lower(constraint_name) = ? order by column_name")) {
                query.setString(1, name);
                List<String> found = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        if (found.isEmpty()) {
                            found.add(rows.getString(1).toLowerCase(Locale.ROOT));
                        }
                        found.add(rows.getString(2).toLowerCase(Locale.ROOT));
                    }
                }
                return List.copyOf(found);
            } catch (SQLException unreadable) {
                LOG.debugf("Could not look up the columns of constraint %s: %s", name, unreadable.getMessage());
                return List.of();
            }
        });
    }

    private static Optional<SQLException> sqlException(Throwable failure) {
        Deque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (failure != null) {
            pending.add(failure);
        }
        while (!pending.isEmpty()) {
            Throwable next = pending.poll();
            if (!seen.add(next)) {
                continue;
            }
            if (next instanceof SQLException sql
                    && sql.getSQLState() != null
                    && Kind.of(sql.getSQLState()).isPresent()) {
                return Optional.of(sql);
            }
            if (next.getCause() != null) {
                pending.add(next.getCause());
            }
            pending.addAll(List.of(next.getSuppressed()));
            if (next instanceof SQLException sql && sql.getNextException() != null) {
                pending.add(sql.getNextException());
            }
        }
        return Optional.empty();
    }

    private static List<String> names(String list) {
        return Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> unquoted(s.split("\\s+")[0]))
                .toList();
    }

    private static String unquoted(String name) {
        return name.replace("\"", "").toLowerCase(Locale.ROOT);
    }

    private static String camelCase(String column) {
        StringBuilder field = new StringBuilder();
        boolean upper = false;
        for (char c : column.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                field.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return field.toString();
    }

    private static String lowerFirst(String sentence) {
        return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
