package org.rightstracker.web.page.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.production.Production;
import org.rightstracker.web.page.PageWorld;
import org.rightstracker.web.page.Visitor;
import org.rightstracker.web.security.Role;

/** The search box in every page's header, its results page and GET /api/v1/search. */
@QuarkusTest
class SearchPageTest {

    @Inject
    PageWorld world;

    @Test
    void everyPageHasAPlainGetSearchFormInItsHeader() {
        Visitor viewer = world.visitor(Role.VIEWER);

        for (String path : new String[] {"/", "/works", "/parties", "/chase"}) {
            Document page = Jsoup.parse(viewer.get(path).asString());
            var form = page.selectFirst("header form[role=search]");
            assertThat(form).as(path).isNotNull();
            assertThat(form.attr("method")).isEqualTo("get");
            assertThat(form.attr("action")).isEqualTo("/search");
            assertThat(form.selectFirst("input[name=q]")).isNotNull();
            assertThat(page.selectFirst(
                            "label[for=" + form.selectFirst("input[name=q]").id() + "]"))
                    .isNotNull();
        }
    }

    @Test
    void resultsAreGroupedByKindIgnoringAccentsAndCase() {
        PageWorld.Song song = world.song();
        String tag = song.tag();
        world.party("Éditions Lumière " + tag, PartyRole.PUBLISHER);
        Visitor member = world.visitor(Role.VIEWER, song.production());

        Document byName =
                Jsoup.parse(member.get("/search?q=EDITIONS lumiere " + tag).asString());
        Document byTag = Jsoup.parse(member.get("/search?q=" + tag).asString());

        assertThat(byName.select("#found-parties + ul li").text()).contains("Éditions Lumière " + tag);
        assertThat(byName.select("header input[name=q]").attr("value")).isEqualTo("EDITIONS lumiere " + tag);
        assertThat(byTag.select("#found-works + ul li").text()).contains("Work " + tag);
        assertThat(byTag.select("#found-recordings + ul li").text()).contains("Recording " + tag);
        assertThat(byTag.select("#found-parties + ul li").text()).contains("Publisher A " + tag);
        assertThat(byTag.select("#found-cues + ul li").text()).contains("2M14 Cue " + tag);
        assertThat(byTag.select("#found-productions + ul li").text()).contains(song.productionTitle());
    }

    @Test
    void anotherTeamsProductionAndItsCuesNeverAppear() {
        PageWorld.Song ours = world.song();
        PageWorld.Song theirs = world.song();
        Visitor member = world.visitor(Role.SUPERVISOR, ours.production());

        String page = member.get("/search?q=" + theirs.tag()).asString();
        JsonPath json = member.get("/api/v1/search?q=" + theirs.tag()).jsonPath();

        assertThat(page).doesNotContain(theirs.productionTitle()).doesNotContain("Cue " + theirs.tag());
        assertThat(page).contains("Work " + theirs.tag());
        assertThat(json.getList("cues")).isEmpty();
        assertThat(json.getList("productions")).isEmpty();
        assertThat(json.getList("works.label", String.class)).containsExactly("Work " + theirs.tag());
    }

    @Test
    void theApiFindsByIdentifierAndSortsAccentedNamesWithTheirLetter() {
        String marker = PageWorld.unique("qs").replace(" ", "");
        world.party("Zebra " + marker, PartyRole.PUBLISHER);
        world.party("Élan " + marker, PartyRole.PUBLISHER);
        world.party("Echo " + marker, PartyRole.PUBLISHER);
        world.party("Fox " + marker, PartyRole.PUBLISHER);
        Production production = world.production(PageWorld.unique("Search film"));
        Visitor admin = world.visitor(Role.ADMIN, production.id);

        JsonPath json = admin.get("/api/v1/search?q=" + marker).jsonPath();

        assertThat(json.getList("parties.label", String.class))
                .containsExactly("Echo " + marker, "Élan " + marker, "Fox " + marker, "Zebra " + marker);
        assertThat(admin.get("/api/v1/search?q=").jsonPath().getList("works")).isEmpty();
    }

    @Test
    void wordsInAnyOrderFindThroughTheSearchApiTheApiFiltersAndThePickers() {
        PageWorld.Song song = world.song();
        String marker = PageWorld.unique("qw").replace(" ", "");
        world.party("Éditions Lumière " + marker, PartyRole.PUBLISHER);
        world.party("Lumière Records " + marker, PartyRole.PUBLISHER);
        Visitor member = world.visitor(Role.SUPERVISOR, song.production());
        String reversed = marker + " lumiere EDITIONS";

        JsonPath search = member.get("/api/v1/search?q=" + reversed).jsonPath();
        JsonPath filtered = member.get("/api/v1/parties?q=" + reversed).jsonPath();
        String picker =
                member.get("/catalogue/suggest/parties?writerParty=" + reversed).asString();
        JsonPath cues = member.get("/api/v1/productions/" + song.production() + "/cues?q=" + song.tag() + " cue 2m14")
                .jsonPath();
        JsonPath noCue = member.get("/api/v1/productions/" + song.production() + "/cues?q=2m14 nothing-such")
                .jsonPath();

        assertThat(search.getList("parties.label", String.class)).containsExactly("Éditions Lumière " + marker);
        assertThat(filtered.getList("items.name", String.class)).containsExactly("Éditions Lumière " + marker);
        assertThat(picker).contains("Éditions Lumière " + marker).doesNotContain("Lumière Records");
        assertThat(cues.getList("items.number", String.class)).containsExactly("2M14");
        assertThat(noCue.getList("items")).isEmpty();
    }
}
