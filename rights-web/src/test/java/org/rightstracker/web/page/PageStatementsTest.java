package org.rightstracker.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueService;
import org.rightstracker.web.security.Role;

/**
 * The pages cost the same number of SQL statements however large the production or however many
 * productions a user has (read from the X-Sql-Statements header that test configuration switches on).
 */
@QuarkusTest
class PageStatementsTest {

    @Inject
    PageWorld world;

    @Inject
    CueService cues;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void theDashboardCostsTheSameStatementsForTwoProductionsAsForTwelve() {
        Visitor ofTwo = world.visitor(Role.SUPERVISOR, songs(2));
        Visitor ofTwelve = world.visitor(Role.SUPERVISOR, songs(12));

        Response two = ofTwo.get("/");
        Response twelve = ofTwelve.get("/");

        assertThat(two.statusCode()).isEqualTo(200);
        assertThat(twelve.statusCode()).isEqualTo(200);
        // The twelve are really there, each with its cue evaluated.
        assertThat(twelve.asString().split("cues cleared", -1)).hasSize(13);
        assertThat(statements(twelve)).isEqualTo(statements(two));
    }

    @Test
    void aCuePageCostsTheSameStatementsInAProductionOfFiveCuesAsInOneOfSixty() {
        PageWorld.Song small = songWithMoreCues(4);
        PageWorld.Song large = songWithMoreCues(59);
        Visitor smallTeam = world.visitor(Role.SUPERVISOR, small.production());
        Visitor largeTeam = world.visitor(Role.SUPERVISOR, large.production());

        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        Response smallPage = smallTeam.get("/cues/" + small.cue());
        long smallLoads = statistics.getEntityLoadCount();
        statistics.clear();
        Response largePage = largeTeam.get("/cues/" + large.cue());
        long largeLoads = statistics.getEntityLoadCount();

        assertThat(smallPage.statusCode()).isEqualTo(200);
        assertThat(largePage.asString()).contains("Publisher A " + large.tag());
        assertThat(statements(largePage)).isEqualTo(statements(smallPage));
        // Nor does it read the production's other cues and their items.
        assertThat(largeLoads).isEqualTo(smallLoads);
    }

    @Test
    void theCueClearanceItemsApiCostsTheSameStatementsWhateverTheProductionSize() {
        PageWorld.Song small = songWithMoreCues(4);
        PageWorld.Song large = songWithMoreCues(59);
        Visitor smallTeam = world.visitor(Role.SUPERVISOR, small.production());
        Visitor largeTeam = world.visitor(Role.SUPERVISOR, large.production());

        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        Response smallItems = smallTeam.get("/api/v1/cues/" + small.cue() + "/clearance-items");
        long smallLoads = statistics.getEntityLoadCount();
        statistics.clear();
        Response largeItems = largeTeam.get("/api/v1/cues/" + large.cue() + "/clearance-items");
        long largeLoads = statistics.getEntityLoadCount();

        assertThat(smallItems.statusCode()).isEqualTo(200);
        assertThat(largeItems.jsonPath().getList("items")).hasSize(3);
        assertThat(statements(largeItems)).isEqualTo(statements(smallItems));
        assertThat(largeLoads).isEqualTo(smallLoads);
    }

    @Test
    void theProductionPageAndChecklistCostTheSameStatementsForFiveCuesAsForSixty() {
        PageWorld.Song small = songWithMoreCues(4);
        PageWorld.Song large = songWithMoreCues(59);
        Visitor smallTeam = world.visitor(Role.SUPERVISOR, small.production());
        Visitor largeTeam = world.visitor(Role.SUPERVISOR, large.production());

        for (String page : List.of("", "/reports/checklist")) {
            Response smallPage = smallTeam.get("/productions/" + small.production() + page);
            Response largePage = largeTeam.get("/productions/" + large.production() + page);

            assertThat(smallPage.statusCode()).as(page).isEqualTo(200);
            assertThat(largePage.asString()).as(page).contains("Extra cue 59");
            assertThat(statements(largePage)).as(page).isEqualTo(statements(smallPage));
        }
    }

    private long[] songs(int count) {
        return LongStream.range(0, count).map(i -> world.song().production()).toArray();
    }

    /** A song's production with more cues on the same work and recording, so each has three items. */
    private PageWorld.Song songWithMoreCues(int more) {
        PageWorld.Song song = world.song();
        List<Cue> added = new ArrayList<>();
        for (int i = 1; i <= more; i++) {
            added.add(cues.create(
                    song.production(), PageWorld.cueInput("3M" + i, "Extra cue " + i, song.work(), song.recording())));
        }
        assertThat(added).hasSize(more);
        return song;
    }

    private static int statements(Response response) {
        return Integer.parseInt(response.header("X-Sql-Statements"));
    }
}
