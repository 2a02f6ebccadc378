package org.rightstracker.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.rightstracker.web.security.Role;

/**
 * The production page keeps its production's verdict between requests; every change shows at once,
 * whether made through the services or committed by another instance that raised the revision, and a
 * row changed behind the application's back without one is not re-read (the cache is really used).
 */
@QuarkusTest
class ProductionVerdictsTest {

    @Inject
    PageWorld world;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aLicenceThroughTheServicesShowsOnTheNextVisit() {
        PageWorld.Song song = world.song();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        String page = "/productions/" + song.production();
        assertThat(supervisor.get(page).asString()).doesNotContain("12,000.00");

        world.license(world.item(song.cue(), song.label()).id, "12000");

        assertThat(supervisor.get(page).asString()).contains("12,000.00");
    }

    @Test
    void anotherInstancesChangeShowsOnceItRaisesTheRevision() throws SQLException {
        PageWorld.Song song = world.song();
        long item = world.item(song.cue(), song.publisherB()).id;
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        String page = "/productions/" + song.production();
        assertThat(supervisor.get(page).asString()).doesNotContain("was denied");

        sql("update clearance_item set status = 'DENIED' where id = ?", item);
        assertThat(supervisor.get(page).asString())
                .as("without a raised revision the cached verdict stands")
                .doesNotContain("was denied");

        sql("update production set clearance_revision = clearance_revision + 1 where id = ?", song.production());
        assertThat(supervisor.get(page).asString())
                .as("the production's revision alone: the cue's kept verdict stands")
                .doesNotContain("was denied");

        sql("update cue set clearance_revision = clearance_revision + 1 where id = ?", song.cue());
        sql("update production set clearance_revision = clearance_revision + 1 where id = ?", song.production());
        assertThat(supervisor.get(page).asString()).contains("was denied");
    }

    private void sql(String update, long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(update)) {
            statement.setLong(1, id);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }
}
