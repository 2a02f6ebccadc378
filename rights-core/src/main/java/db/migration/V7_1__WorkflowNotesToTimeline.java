package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Moves the workflow lines that steps used to append to a licence's notes ("2026-12-04 Requested: by
 * e-mail") into the licence timeline (table licence_event, made by V7), and leaves in the notes only
 * the lines the user wrote. Written in Java because splitting text by line and reading dates is not
 * portable SQL between H2 and PostgreSQL.
 *
 * <p>It lives in the package {@code db.migration} because that is the location Flyway scans
 * ({@code quarkus.flyway.locations=db/migration}); Quarkus finds it at build time through the Jandex
 * index of rights-core, plain Flyway (backup tests, the bench generator) by scanning the class path.
 * Flyway runs it once, recorded as version 7.1 in its history.
 */
public class V7_1__WorkflowNotesToTimeline extends BaseJavaMigration {

    /** Who the moved records name: the notes never said who took a step. */
    static final String MIGRATED = "migrated";

    // The status labels as LicenceService wrote them until this version, frozen here on purpose:
    // a later rename of a label must not change what this migration recognised.
    private static final Map<String, String> STATUS_OF_LABEL = Map.of(
            "Requested", "REQUESTED",
            "Quoted", "QUOTED",
            "Negotiating", "NEGOTIATING",
            "Approved", "APPROVED",
            "Licensed", "LICENSED",
            "Denied", "DENIED",
            "Withdrawn", "WITHDRAWN");

    private static final Pattern WORKFLOW_LINE = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2}) (Requested|Quoted|Negotiating|Approved|Licensed|Denied|Withdrawn)(?:: (.*))?");

    private static final String INSERT = "insert into licence_event (created_at, updated_at, version,"
            + " clearance_item_id, kind, occurred_on, status, note, username) values (?, ?, 0, ?, 'STEP', ?, ?, ?, ?)";

    /** One workflow line: when, the status moved to, and the note typed with the step (or null). */
    record StepLine(LocalDate on, String status, String note) {}

    /** What the notes held: the workflow lines in order, and the user's own text (null when none is left). */
    record SplitNotes(List<StepLine> steps, String userText) {}

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Statement select = connection.createStatement();
                ResultSet items = select.executeQuery(
                        "select id, notes from clearance_item where notes is not null order by id");
                PreparedStatement insert = connection.prepareStatement(INSERT);
                PreparedStatement update =
                        connection.prepareStatement("update clearance_item set notes = ? where id = ?")) {
            while (items.next()) {
                long itemId = items.getLong(1);
                SplitNotes split = split(items.getString(2));
                if (split.steps().isEmpty()) {
                    continue;
                }
                for (StepLine step : split.steps()) {
                    insert.setObject(1, now);
                    insert.setObject(2, now);
                    insert.setLong(3, itemId);
                    insert.setObject(4, step.on());
                    insert.setString(5, step.status());
                    insert.setString(6, step.note());
                    insert.setString(7, MIGRATED);
                    insert.addBatch();
                }
                insert.executeBatch();
                update.setString(1, split.userText());
                update.setLong(2, itemId);
                update.executeUpdate();
            }
        }
    }

    /**
     * Splits notes into workflow lines and the user's lines. A line is a workflow line only when it is
     * exactly what a step wrote: a real date, a space, a status label, and optionally ": " and a note.
     * The user's lines keep their text and order; blank lines left at either end are dropped.
     */
    static SplitNotes split(String notes) {
        List<StepLine> steps = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String line : notes.split("\n", -1)) {
            // Notes saved from a browser's text area end their lines with CR LF.
            String bare = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            StepLine step = parse(bare);
            if (step == null) {
                kept.add(line);
            } else {
                steps.add(step);
            }
        }
        while (!kept.isEmpty() && kept.get(0).isBlank()) {
            kept.remove(0);
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isBlank()) {
            kept.remove(kept.size() - 1);
        }
        // stripTrailing: the last kept line may still carry the CR of a line break that led to a step.
        String userText = kept.isEmpty() ? null : String.join("\n", kept).stripTrailing();
        return new SplitNotes(steps, userText);
    }

    private static StepLine parse(String line) {
        Matcher matcher = WORKFLOW_LINE.matcher(line);
        if (!matcher.matches()) {
            return null;
        }
        LocalDate on;
        try {
            on = LocalDate.parse(matcher.group(1));
        } catch (DateTimeParseException notADate) {
            return null;
        }
        String note = matcher.group(3) == null || matcher.group(3).isBlank()
                ? null
                : matcher.group(3).strip();
        return new StepLine(on, STATUS_OF_LABEL.get(matcher.group(2)), note);
    }
}
