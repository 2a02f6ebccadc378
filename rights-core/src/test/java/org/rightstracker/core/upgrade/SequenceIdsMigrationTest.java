package org.rightstracker.core.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightstracker.core.upgrade.MigrationDatabase.connect;
import static org.rightstracker.core.upgrade.MigrationDatabase.flyway;
import static org.rightstracker.core.upgrade.MigrationDatabase.migratedTo;
import static org.rightstracker.core.upgrade.MigrationDatabase.rows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.shared.IdSequences;

/**
 * V19 moves every id from an identity column to a sequence: the rows already stored keep their ids, the
 * sequence starts past the highest of them (so no block of ids Hibernate reserves reaches a stored one),
 * and an insert that leaves the id out still gets a fresh one.
 */
class SequenceIdsMigrationTest {

    @Test
    void storedRowsKeepTheirIdsAndNewOnesComeFromASequencePastThem() throws SQLException {
        String url = migratedTo("sequence-ids", "18");
        try (Connection connection = connect(url);
                Statement statement = connection.createStatement()) {
            insertParty(statement, null, "Before one");
            insertParty(statement, 120L, "Before explicit");

            flyway(url).load().migrate();

            assertThat(rows(statement, "select id || ':' || name from party order by id"))
                    .containsExactly("1:Before one", "120:Before explicit");
            insertParty(statement, null, "After");
            insertParty(statement, null, "After again");
            assertThat(rows(statement, "select id from party where name like 'After%' order by id"))
                    .containsExactly(
                            String.valueOf(IdSequences.firstValueAbove(120)),
                            String.valueOf(IdSequences.firstValueAbove(120) + IdSequences.STEP));
            assertThat(rows(
                            statement,
                            "select table_name || '.' || column_name from information_schema.columns"
                                    + " where table_schema = current_schema and is_identity = 'YES'"))
                    .as("no identity column is left")
                    .isEmpty();
            assertThat(IdSequences.tables(connection))
                    .as("every table with an id has its sequence")
                    .containsAll(rows(
                            statement,
                            "select lower(table_name) from information_schema.columns where table_schema ="
                                    + " current_schema and lower(column_name) = 'id'"));
        }
    }

    private static void insertParty(Statement statement, Long id, String name) throws SQLException {
        statement.executeUpdate("insert into party (" + (id == null ? "" : "id, ")
                + "created_at, updated_at, version, name, kind, roles) values (" + (id == null ? "" : id + ", ")
                + "current_timestamp, current_timestamp, 0, '" + name + "', 'PERSON', 'COMPOSER')");
    }
}
