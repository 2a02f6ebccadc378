package org.rightstracker.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.licence.LicenceTerms;
import org.rightstracker.web.security.Role;

@QuarkusTest
class CuePageTest {

    @Inject
    PageWorld world;

    @Inject
    LicenceService licences;

    @Test
    void showsOwnershipOneRowPerLicenceFeesAfterMfnAndTheProblems() {
        PageWorld.Song song = world.song();
        long a = world.item(song.cue(), song.publisherA()).id;
        long b = world.item(song.cue(), song.publisherB()).id;
        long label = world.item(song.cue(), song.label()).id;
        quote(a, "5000", true);
        quote(b, "7500", true);
        quote(label, "12000", true);
        Visitor producer = world.visitor(Role.PRODUCER, song.production());

        String page = producer.get("/cues/" + song.cue())
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(page)
                .contains("Work " + song.tag())
                .contains("Recording " + song.tag())
                .contains("Publishers <span class=\"total\">100%</span>")
                .contains("Master owners <span class=\"total\">100%</span>")
                .contains("id=\"item-" + a + "\"")
                .contains("id=\"item-" + b + "\"")
                .contains("id=\"item-" + label + "\"")
                // The worked MFN example of the design: A 5,000 and B 7,500 become 7,500; L 12,000 becomes 15,000.
                .contains("+USD 2,500.00 MFN")
                .contains("USD 15,000.00")
                .contains("+USD 3,000.00 MFN")
                .contains("Projected <strong>USD 30,000.00</strong>")
                .contains("is quoted, not yet licensed")
                .contains("href=\"/cues/" + song.cue() + "/history\"");
        // A producer reads the licences but gets no workflow or terms forms.
        assertThat(page)
                .doesNotContain("Record a step")
                .doesNotContain("Save terms")
                .doesNotContain("Upload");
    }

    @Test
    void aWorkForHireScoreCueShowsNoMissingPublisherShare() {
        long production = world.production(PageWorld.unique("Score film")).id;
        Cue cue = world.scoreCue(production);

        String page =
                world.visitor(Role.VIEWER, production).get("/cues/" + cue.id).asString();
        org.jsoup.nodes.Element caption = org.jsoup.Jsoup.parse(page).select("table.mini caption").stream()
                .filter(c -> c.text().startsWith("Publishers"))
                .findFirst()
                .orElseThrow();
        assertThat(caption.text()).isEqualTo("Publishers none needed: the composer agreement covers the composition");
        assertThat(caption.select(".total")).as("no amber 0%% badge").isEmpty();
        assertThat(page).contains("None recorded, none needed.").doesNotContain("No publishers recorded.");
    }

    @Test
    void aClearedCueListsNothingUnderWhatStandsInTheWay() {
        PageWorld.Song song = world.song();
        long a = world.item(song.cue(), song.publisherA()).id;
        world.license(a, "1000");
        world.license(world.item(song.cue(), song.publisherB()).id, "2000");
        world.license(world.item(song.cue(), song.label()).id, "2000");
        // MFN on A's licence: the engine notes (as information) that MFN raises A's fee to B's.
        licences.updateTerms(
                a,
                world.version(a),
                new LicenceTerms(
                        "USD",
                        "1000",
                        "1000",
                        true,
                        false,
                        null,
                        "ALL_MEDIA",
                        "WORLD",
                        "",
                        LocalDate.of(2026, 1, 1),
                        null,
                        null,
                        null));

        String page = world.visitor(Role.VIEWER, song.production())
                .get("/cues/" + song.cue())
                .asString();
        assertThat(page)
                .contains("data-status=\"CLEARED\"")
                .contains("<h3>Notes</h3>")
                .contains("MFN")
                .doesNotContain("What stands in the way");
    }

    @Test
    void aSupervisorGetsEachStepTheWorkflowAllowsAndTheForms() {
        PageWorld.Song song = world.song();
        long a = world.item(song.cue(), song.publisherA()).id;
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());

        String page = supervisor.get("/cues/" + song.cue()).asString();

        String item = ProductionPageTest.between(page, "id=\"item-" + a + "\"", "id=\"documents\"");
        assertThat(item)
                .contains("value=\"REQUESTED\"")
                .contains("value=\"WITHDRAWN\"")
                .doesNotContain("value=\"LICENSED\"")
                .contains("Save terms")
                .contains("Add option");
        assertThat(page).contains("enctype=\"multipart/form-data\"");
    }

    @Test
    void addingACueRedirectsToItAndAnInvalidOneComesBackWithMessages() {
        PageWorld.Song song = world.song();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());

        Map<String, Object> form = cueForm("4M1", "Added Song", "0");
        form.put("recording", "Recording " + song.tag() + " [#" + song.recording() + "]");
        Response added = supervisor.post("/productions/" + song.production() + "/cues", form);
        assertThat(added.statusCode()).isEqualTo(303);
        String page = supervisor.follow(added).asString();
        assertThat(page)
                .contains("Added cue 4M1.")
                .contains("Added Song")
                // The recording names its work, so the cue gets the sync side as well as the master.
                .contains("Publisher A " + song.tag())
                .contains("Label " + song.tag());

        Map<String, Object> invalid = cueForm("2M14", "", "0");
        invalid.put("timecodeIn", "01:00:10:00");
        invalid.put("timecodeOut", "01:00:05:00");
        invalid.put("work", "No Such Work Anywhere");
        Response refused = supervisor.post("/productions/" + song.production() + "/cues", invalid);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString())
                .contains("No work is called &quot;No Such Work Anywhere&quot;")
                .contains("value=\"No Such Work Anywhere\"")
                .contains("value=\"01:00:10:00\"");
    }

    @Test
    void serviceRulesComeBackAtTheirFields() {
        PageWorld.Song song = world.song();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        Map<String, Object> invalid = cueForm("2M14", "", "0");
        invalid.put("timecodeIn", "01:00:10:00");
        invalid.put("timecodeOut", "01:00:05:00");

        Response refused = supervisor.post("/productions/" + song.production() + "/cues", invalid);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString())
                .contains("Title is required.")
                .contains("must be after timecode in")
                .contains("id=\"timecodeOut-error\"")
                .contains("value=\"2M14\"");
    }

    @Test
    void aStaleCueEditShowsWhoChangedWhatAndKeepsTheTypedTitle() {
        PageWorld.Song song = world.song();
        Visitor first = world.visitor(Role.SUPERVISOR, song.production());
        Visitor second = world.visitor(Role.SUPERVISOR, song.production());
        long seen = cueVersion(song.cue());

        Map<String, Object> theirs = cueForm("2M14", "Their Title", Long.toString(seen));
        theirs.put("recording", "[#" + song.recording() + "]");
        assertThat(first.post("/cues/" + song.cue(), theirs).statusCode()).isEqualTo(303);

        Map<String, Object> mine = cueForm("2M14", "My Title", Long.toString(seen));
        mine.put("recording", "[#" + song.recording() + "]");
        Response conflict = second.post("/cues/" + song.cue(), mine);

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.asString())
                .contains("Someone else changed this while you were editing.")
                .contains("changed the title of cue 2M14")
                .contains("value=\"My Title\"");
        // A form without a baseline cannot tell who changed what: every difference is the user's choice.
        assertThat(EditConflictTest.choice(conflict.asString(), "Title")).containsExactly("My Title", "Their Title");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Cue.<Cue>findById(song.cue()).title))
                .isEqualTo("Their Title");
    }

    @Test
    void deletingAsksFirstThenRemovesTheCue() {
        PageWorld.Song song = world.song();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());

        String confirm = supervisor.get("/cues/" + song.cue() + "/delete").asString();
        assertThat(confirm).contains("with its 3 licences").contains("mark the cue out of the cut");

        Response deleted = supervisor.post(
                "/cues/" + song.cue() + "/delete", Map.of("version", Long.toString(cueVersion(song.cue()))));
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(deleted.header("Location")).endsWith("/productions/" + song.production());
        assertThat(supervisor.follow(deleted).asString()).contains("Deleted cue 2M14 and its licences.");
        Cue gone = QuarkusTransaction.requiringNew().call(() -> Cue.<Cue>findById(song.cue()));
        assertThat(gone).isNull();
    }

    @Test
    void producersAndViewersCannotChangeCues() {
        PageWorld.Song song = world.song();
        Visitor viewer = world.visitor(Role.VIEWER, song.production());

        assertThat(viewer.get("/cues/" + song.cue() + "/edit").statusCode()).isEqualTo(403);
        assertThat(viewer.get("/productions/" + song.production() + "/cues/new").statusCode())
                .isEqualTo(403);
        assertThat(viewer.post("/cues/" + song.cue(), cueForm("9M9", "Changed", "0"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(viewer.post("/cues/" + song.cue() + "/delete", Map.of("version", "0"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Cue.<Cue>findById(song.cue()).number))
                .isEqualTo("2M14");
    }

    private void quote(long itemId, String fee, boolean mfn) {
        licences.move(itemId, world.version(itemId), LicenceStatus.REQUESTED, LicenceStep.on(null));
        licences.move(itemId, world.version(itemId), LicenceStatus.QUOTED, LicenceStep.quote(null, fee, "USD"));
        licences.updateTerms(
                itemId,
                world.version(itemId),
                new LicenceTerms(
                        "USD",
                        fee,
                        null,
                        mfn,
                        false,
                        LocalDate.now().plusMonths(3),
                        "",
                        "",
                        "",
                        null,
                        null,
                        null,
                        null));
    }

    static long cueVersion(long cueId) {
        return QuarkusTransaction.requiringNew().call(() -> Cue.<Cue>findById(cueId).version);
    }

    static Map<String, Object> cueForm(String number, String title, String version) {
        Map<String, Object> form = new HashMap<>();
        form.put("number", number);
        form.put("title", title);
        form.put("origin", "SOUNDTRACK");
        form.put("usage", "BV");
        form.put("timecodeIn", "");
        form.put("timecodeOut", "");
        form.put("duration", "0:45");
        form.put("scene", "");
        form.put("moods", "");
        form.put("styles", "");
        form.put("notes", "");
        form.put("work", "");
        form.put("recording", "");
        form.put("active", "true");
        form.put("version", version);
        form.put("seen", "");
        return form;
    }
}
