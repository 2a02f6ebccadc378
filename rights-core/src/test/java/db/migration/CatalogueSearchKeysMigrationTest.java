package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyInput;
import org.rightstracker.core.party.PartyKind;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.party.PartyService;
import org.rightstracker.core.service.TestCatalogue;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WorkInput;
import org.rightstracker.core.work.WorkService;

/** V16.1 fills the folded keys of rows stored before V16, as the entities would have written them. */
@QuarkusTest
class CatalogueSearchKeysMigrationTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PartyService parties;

    @Inject
    WorkService works;

    @Inject
    TestCatalogue catalogue;

    @Test
    void rowsWithoutKeysGetTheKeysTheApplicationWouldWrite() throws Exception {
        Party party = parties.create(PartyInput.named(
                TestCatalogue.unique("Éditions Lumière"), PartyKind.ORGANISATION, Set.of(PartyRole.PUBLISHER)));
        Party writer = catalogue.person("Writer");
        Work work = works.create(new WorkInput(
                TestCatalogue.unique("Ça plane"),
                null,
                false,
                List.of("Ça plane pour moi", "Jet Boy"),
                null,
                List.of(new WorkInput.Writer(
                        writer.id, "100", org.rightstracker.core.work.WriterDesignation.CA, null, false)),
                List.of()));
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().executeUpdate("update party set name_key = '' where id = " + party.id);
            connection
                    .createStatement()
                    .executeUpdate("update work set title_key = '', alternate_key = '' where id = " + work.id);

            V16_1__CatalogueSearchKeys.fillAll(connection);

            assertThat(value(connection, "select name_key from party where id = " + party.id))
                    .isEqualTo(party.nameKey)
                    .startsWith("editions lumiere");
            assertThat(value(connection, "select title_key from work where id = " + work.id))
                    .startsWith("ca plane");
            assertThat(value(connection, "select alternate_key from work where id = " + work.id))
                    .isEqualTo("ca plane pour moi | jet boy");
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> parties.search("lumiere", 0, 500)))
                .extracting(p -> p.id)
                .contains(party.id);
    }

    private static String value(Connection connection, String sql) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
