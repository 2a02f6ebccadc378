package org.rightstracker.core.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rightstracker.core.upgrade.MigrationDatabase.connect;
import static org.rightstracker.core.upgrade.MigrationDatabase.flyway;
import static org.rightstracker.core.upgrade.MigrationDatabase.migratedTo;
import static org.rightstracker.core.upgrade.MigrationDatabase.rows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * V20 on H2: the ten indexes PostgreSQL lacked are created, and the foreign keys that had an index of their
 * own beside an identical one are added again to use it; every key keeps its name, columns, target and
 * rules, the rows stay, and the keys still refuse and cascade. (SchemaIndexesTest checks the result on
 * both databases.)
 */
class ForeignKeyIndexesMigrationTest {

    private static final String KEYS = "select rc.constraint_name || ' ' || tc.table_name || '(' ||"
            + " (select listagg(k.column_name, ',') within group (order by k.ordinal_position)"
            + " from information_schema.key_column_usage k where k.constraint_name = rc.constraint_name)"
            + " || ') -> ' || uc.table_name || ' delete ' || rc.delete_rule || ' update ' || rc.update_rule"
            + " from information_schema.referential_constraints rc"
            + " join information_schema.table_constraints tc on tc.constraint_name = rc.constraint_name"
            + " join information_schema.table_constraints uc on uc.constraint_name = rc.unique_constraint_name"
            + " where rc.constraint_schema = current_schema order by 1";

    private static final String INDEXES =
            "select count(*) from information_schema.indexes where table_schema = current_schema";

    @Test
    void everyForeignKeyStaysAsItWasWithOneIndexLess() throws SQLException {
        String url = migratedTo("foreign-key-indexes", "19");
        try (Connection connection = connect(url);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into party (id, created_at, updated_at, version, name, kind, roles)"
                    + " values (1, current_timestamp, current_timestamp, 0, 'Ada Writer', 'PERSON', 'COMPOSER')");
            statement.executeUpdate("insert into work (id, created_at, updated_at, version, title, public_domain)"
                    + " values (7, current_timestamp, current_timestamp, 0, 'Harbour Lights', false)");
            statement.executeUpdate("insert into writer_share (created_at, updated_at, version, work_id, party_id,"
                    + " designation, share, work_for_hire, position)"
                    + " values (current_timestamp, current_timestamp, 0, 7, 1, 'CA', 100, false, 0)");
            var keysBefore = rows(statement, KEYS);
            int indexesBefore = Integer.parseInt(rows(statement, INDEXES).get(0));

            flyway(url).load().migrate();

            assertThat(rows(statement, KEYS)).isNotEmpty().isEqualTo(keysBefore);
            assertThat(Integer.parseInt(rows(statement, INDEXES).get(0))).isEqualTo(indexesBefore - 22);
            assertThat(rows(statement, "select party_id from writer_share where work_id = 7"))
                    .containsExactly("1");
            assertThatThrownBy(() -> statement.executeUpdate("delete from party where id = 1"))
                    .as("a party named on a share cannot go")
                    .isInstanceOf(SQLException.class);
            statement.executeUpdate("delete from work where id = 7");
            assertThat(rows(statement, "select count(*) from writer_share")).containsExactly("0");
        }
    }
}
