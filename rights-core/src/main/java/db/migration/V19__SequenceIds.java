package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.rightstracker.core.shared.IdSequences;

/**
 * Moves every table's id from an identity column to a sequence of its own ({@link IdSequences}), so
 * that Hibernate can batch inserts: a 10,000-work CWR import writes some 57,000 rows, which were 57,000
 * round trips. Existing ids are kept; each sequence starts past its table's highest id. The column
 * keeps a default (the sequence), so inserts that leave the id out, from an older instance or plain SQL,
 * still work. Written in Java because the start values are read from the data.
 *
 * <p>On PostgreSQL the whole migration is one transaction and dropping the identity locks the table
 * first, so no row can be inserted between reading the highest id and the sequence taking over.
 */
public class V19__SequenceIds extends BaseJavaMigration {

    /** Every table with an identity id at V18; tables added later create their sequence themselves. */
    static final List<String> TABLES = List.of(
            "album",
            "album_right",
            "album_track",
            "alert_digest",
            "app_user",
            "audit_entry",
            "catalogue_merge",
            "clearance_item",
            "cue",
            "cue_sheet_revision",
            "cwr_acknowledgement",
            "document",
            "edl_clip_alias",
            "letter_template",
            "licence_event",
            "licence_option",
            "master_share",
            "mechanical_rate",
            "party",
            "production",
            "production_member",
            "publisher_share",
            "recording",
            "recording_session",
            "score_cue",
            "score_deliverable",
            "score_deliverable_kind",
            "score_stage_entry",
            "season",
            "series",
            "sign_off",
            "spotting_session",
            "work",
            "writer_share");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                String sequence = IdSequences.of(table);
                statement.execute("alter table " + table + " alter column id drop identity");
                long max;
                try (ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
                    rs.next();
                    max = rs.getLong(1);
                }
                statement.execute("create sequence " + sequence + " start with " + IdSequences.firstValueAbove(max)
                        + " increment by " + IdSequences.STEP);
                statement.execute("alter table " + table + " alter column id set default nextval('" + sequence + "')");
            }
        }
    }
}
