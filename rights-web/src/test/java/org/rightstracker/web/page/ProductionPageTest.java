package org.rightstracker.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.cue.CueInput;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueService;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.production.ProductionService;
import org.rightstracker.web.security.ProductionMember;
import org.rightstracker.web.security.Role;

@QuarkusTest
class ProductionPageTest {

    @Inject
    PageWorld world;

    @Inject
    CueService cues;

    @Inject
    ProductionService productions;

    @Test
    void aStudioOwnedScoreCueSaysTheStudioOwnsItInsteadOfNoneNeeded() {
        long production = world.production(PageWorld.unique("Studio score"), true).id;
        world.scoreCue(production);

        String page = world.visitor(Role.VIEWER, production)
                .get("/productions/" + production)
                .asString();
        assertThat(page).contains("Owned by the studio").doesNotContain("None needed yet");
    }

    @Test
    void theHeaderShowsPlanRuntimeBudgetAndTeam() {
        PageWorld.Song song = world.song();
        String supervisorName = world.user(Role.SUPERVISOR, song.production());
        Visitor supervisor = Visitor.signIn(supervisorName, PageWorld.PASSWORD);

        String page = supervisor
                .get("/productions/" + song.production())
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(page)
                .contains("<h1>" + song.productionTitle() + "</h1>")
                .contains("<dt>Media</dt><dd class=\"wrap\">All media</dd>")
                .contains("<dt>Territories</dt><dd class=\"wrap\">World</dd>")
                .contains("In perpetuity from 1 January 2026")
                .contains("1:40:00")
                .contains("USD 100,000.00")
                .contains("Page Music supervisor")
                .contains("href=\"/productions/" + song.production() + "/cues/new\"");
    }

    @Test
    void scoreAndLicensedMusicAreListedApartWithStatusLicensorsAndProblems() {
        PageWorld.Song song = world.song();
        cues.create(
                song.production(),
                new CueInput(
                        "1M1",
                        "Main Theme",
                        CueOrigin.SCORE,
                        CueUsage.MT,
                        null,
                        null,
                        "1:10",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        true));
        Visitor viewer = world.visitor(Role.VIEWER, song.production());

        String page = viewer.get("/productions/" + song.production()).asString();

        String score = between(page, "id=\"group-score\"", "</section>");
        String licensed = between(page, "id=\"group-licensed\"", "</section>");
        assertThat(score).contains("Main Theme").doesNotContain("Cue " + song.tag());
        assertThat(licensed)
                .contains("Cue " + song.tag())
                .contains("Publisher A " + song.tag())
                .contains("Label " + song.tag())
                .contains("Not requested")
                .contains("has not been requested yet")
                .contains("0:45");
        assertThat(score).contains("The score cue has no composer on record");
        // A viewer reads; the page offers no way to change anything.
        assertThat(page).doesNotContain("/cues/new").doesNotContain("Edit production");
    }

    @Test
    void filtersNarrowTheListAndAnHtmxRequestGetsOnlyTheList() {
        PageWorld.Song song = world.song();
        cues.create(song.production(), PageWorld.cueInput("3M1", "Second Song", null, null));
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        String base = "/productions/" + song.production();

        assertThat(supervisor.get(base + "?q=second").asString())
                .contains("Second Song")
                .doesNotContain("Cue " + song.tag())
                .contains("1 of 2 cues match.");
        assertThat(supervisor.get(base + "?status=BLOCKED").asString())
                .contains("Second Song")
                .doesNotContain(">Cue " + song.tag() + "<");
        assertThat(supervisor.get(base + "?licensor=Label " + song.tag()).asString())
                .contains(">Cue " + song.tag() + "<")
                .doesNotContain("Second Song");
        assertThat(supervisor.get(base + "?origin=SCORE").asString())
                .contains("No cue matches these filters.")
                .contains("Clear the filters");
        String sorted = supervisor.get(base + "?sort=title").asString();
        assertThat(sorted.indexOf(">Cue " + song.tag() + "<")).isLessThan(sorted.indexOf("Second Song"));

        Response fragment = supervisor.htmxGet(base + "?usage=BV");
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.asString())
                .contains("id=\"cue-list\"")
                .doesNotContain("<html")
                .doesNotContain("Release plan");
    }

    @Test
    void creatingAProductionRedirectsWithAMessageAndPutsTheCreatorOnTheTeam() {
        Visitor supervisor = world.visitor(Role.SUPERVISOR);
        String title = PageWorld.unique("Created Film");

        Response created = supervisor.post("/productions", productionForm(title, "0"));

        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.header("Location")).matches(".*/productions/\\d+$");
        String page = supervisor.follow(created).asString();
        assertThat(page)
                .contains("<h1>" + title + "</h1>")
                .contains("Created " + title + ". Add its cues next")
                .contains("All media");
        // The message shows once: the next page no longer carries it.
        assertThat(supervisor.get("/").asString()).doesNotContain("Add its cues next");
    }

    @Test
    void anInvalidProductionIsShownAgainWithMessagesAtEachFieldAndTheTypedValues() {
        Visitor supervisor = world.visitor(Role.SUPERVISOR);
        Map<String, Object> form = productionForm("", "0");
        form.put("budget", "12,34");
        form.put("planTerritories", "WORLD, NARNIA");
        form.put("runtime", "ninety minutes");

        Response refused = supervisor.post("/productions", form);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString())
                .contains("There are 4 problems with what you entered.")
                .contains("Title is required.")
                .contains("Amount &#39;12,34&#39; is not a number")
                .contains("Unknown territory &#39;NARNIA&#39;")
                .contains("value=\"ninety minutes\"")
                .contains("value=\"WORLD, NARNIA\"")
                .contains("aria-invalid=\"true\"");
    }

    @Test
    void aStaleSaveShowsTheOtherChangeAndKeepsWhatWasTyped() {
        Production production = world.production(PageWorld.unique("Contested Film"));
        Visitor first = world.visitor(Role.SUPERVISOR, production.id);
        Visitor second = world.visitor(Role.SUPERVISOR, production.id);
        String seenVersion = Long.toString(production.version);

        Map<String, Object> theirs = productionForm(production.title, seenVersion);
        theirs.put("budget", "150000");
        assertThat(first.post("/productions/" + production.id, theirs).statusCode())
                .isEqualTo(303);

        Map<String, Object> mine = productionForm(production.title, seenVersion);
        mine.put("notes", "Festival cut first");
        Response conflict = second.post("/productions/" + production.id, mine);

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.asString())
                .contains("Someone else changed this while you were editing.")
                .contains("changed the budget amount of production")
                .contains("Festival cut first");
        assertThat(EditConflictTest.choice(conflict.asString(), "Music budget")).containsExactly("100000", "150000.00");
        long current =
                QuarkusTransaction.requiringNew().call(() -> Production.<Production>findById(production.id).version);
        assertThat(conflict.asString()).contains("name=\"version\" value=\"" + current + "\"");
        // Submitting again from the conflict page with a choice made goes through.
        mine.put("version", Long.toString(current));
        mine.put("keep", List.of("budget:theirs", "notes:mine"));
        assertThat(second.post("/productions/" + production.id, mine).statusCode())
                .isEqualTo(303);
        Production stored =
                QuarkusTransaction.requiringNew().call(() -> Production.<Production>findById(production.id));
        assertThat(stored.budgetAmount).isEqualByComparingTo("150000");
        assertThat(stored.notes).isEqualTo("Festival cut first");
    }

    @Test
    void onlySupervisorsAndAdministratorsCreateOrEditProductions() {
        Production production = world.production(PageWorld.unique("Guarded Film"));
        Visitor producer = world.visitor(Role.PRODUCER, production.id);

        assertThat(producer.get("/productions/new").statusCode()).isEqualTo(403);
        assertThat(producer.get("/productions/" + production.id + "/edit").statusCode())
                .isEqualTo(403);
        Response refused = producer.post("/productions/" + production.id, productionForm("Renamed", "0"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.asString())
                .contains("needs the permission to change a production&#39;s cues, licences and documents");
        assertThat(producer.post("/productions", productionForm("Sneaked In", "0"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Production.count("title", "Sneaked In")))
                .isZero();
    }

    @Test
    void anotherTeamsProductionDoesNotExistForYou() {
        Production theirs = world.production(PageWorld.unique("Their Film"));
        Visitor outsider = world.visitor(Role.SUPERVISOR);

        Response page = outsider.get("/productions/" + theirs.id);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.asString()).contains("Back to the dashboard").doesNotContain(theirs.title);
        assertThat(outsider.post("/productions/" + theirs.id, productionForm("Mine now", "0"))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theCreatorBecomesAMember() {
        Visitor supervisor = world.visitor(Role.SUPERVISOR);
        String title = PageWorld.unique("Team Film");
        Response created = supervisor.post("/productions", productionForm(title, "0"));
        long id = Long.parseLong(created.header("Location").replaceAll(".*/", ""));
        List<ProductionMember> members = QuarkusTransaction.requiringNew()
                .call(() -> ProductionMember.<ProductionMember>list("productionId", id));
        assertThat(members).hasSize(1);
    }

    static Map<String, Object> productionForm(String title, String version) {
        Map<String, Object> form = new HashMap<>();
        form.put("title", title);
        form.put("kind", "FEATURE_FILM");
        form.put("productionNumber", "");
        form.put("runtime", "1:40:00");
        form.put("frameRate", "24");
        form.put("budget", "100000");
        form.put("currency", "USD");
        form.put("planMedia", List.of("ALL_MEDIA"));
        form.put("planTerritories", "WORLD");
        form.put("planExcludedTerritories", "");
        form.put("planTermStart", "2026-01-01");
        form.put("planTermYears", "");
        form.put("releaseDate", "2026-06-01");
        form.put("notes", "");
        form.put("version", version);
        form.put("seen", "");
        return form;
    }

    static String between(String page, String from, String to) {
        int start = page.indexOf(from);
        assertThat(start).as(from).isGreaterThanOrEqualTo(0);
        int end = page.indexOf(to, start);
        return page.substring(start, end < 0 ? page.length() : end);
    }
}
