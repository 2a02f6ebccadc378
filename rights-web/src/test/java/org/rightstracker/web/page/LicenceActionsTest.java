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
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.licence.LicenceOption;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.web.security.Role;

@QuarkusTest
class LicenceActionsTest {

    @Inject
    PageWorld world;

    @Test
    void aStepPostedWithoutScriptRedirectsToTheCueWithAMessage() {
        PageWorld.Song song = world.song();
        long a = world.item(song.cue(), song.publisherA()).id;
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());

        Response requested = supervisor.post("/clearance-items/" + a + "/step", step("REQUESTED", a, Map.of()));

        assertThat(requested.statusCode()).isEqualTo(303);
        assertThat(requested.header("Location")).endsWith("/cues/" + song.cue() + "#item-" + a);
        String page = supervisor.follow(requested).asString();
        assertThat(page)
                .contains("Sync — Publisher A " + song.tag() + " (50.00%): requested.")
                .contains("data-item-status=\"REQUESTED\"")
                .contains("Requested 1 Mar 2026");
        assertThat(status(a)).isEqualTo(LicenceStatus.REQUESTED);
    }

    @Test
    void anHtmxStepAnswersWithTheClearanceSectionAndTheCueStatusBesideIt() {
        PageWorld.Song song = world.song();
        long a = world.item(song.cue(), song.publisherA()).id;
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());

        Response answer = supervisor.htmxPost("/clearance-items/" + a + "/step", step("REQUESTED", a, Map.of()));

        assertThat(answer.statusCode()).isEqualTo(200);
        String fragment = answer.asString();
        assertThat(fragment)
                .doesNotContain("<html")
                .contains("<section id=\"clearance\"")
                .contains("data-item-status=\"REQUESTED\"")
                .contains("id=\"cue-status\" class=\"card cue-status in-progress\" hx-swap-oob=\"true\"")
                .contains("data-status=\"IN_PROGRESS\"")
                .contains("<div id=\"messages\" aria-live=\"polite\" hx-swap-oob=\"true\">")
                .contains(": requested.");
    }

    @Test
    void aQuoteWithoutAFeeComesBackWithTheMessageAndTheTypedDate() {
        PageWorld.Song song = world.song();
        long a = world.item(song.cue(), song.publisherA()).id;
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        supervisor.post("/clearance-items/" + a + "/step", step("REQUESTED", a, Map.of()));

        Map<String, Object> quote = step("QUOTED", a, Map.of("quoteExpiresOn", "2026-04-30", "note", "by phone"));
        Response refused = supervisor.post("/clearance-items/" + a + "/step", quote);

        assertThat(refused.statusCode()).isEqualTo(400);
        String item = ProductionPageTest.between(refused.asString(), "id=\"item-" + a + "\"", "</tbody>");
        assertThat(item)
                .contains("<details class=\"panel\" open>")
                .contains("Record the fee quoted by Publisher A " + song.tag())
                .contains("value=\"2026-04-30\"")
                .contains("value=\"by phone\"");
        assertThat(status(a)).isEqualTo(LicenceStatus.REQUESTED);
    }

    @Test
    void aStaleStepShowsTheOtherChangeKeepsTheEntriesAndChangesNothing() {
        PageWorld.Song song = world.song();
        long a = world.item(song.cue(), song.publisherA()).id;
        Visitor first = world.visitor(Role.SUPERVISOR, song.production());
        Visitor second = world.visitor(Role.SUPERVISOR, song.production());
        Map<String, Object> seen = step("REQUESTED", a, Map.of());
        assertThat(first.post("/clearance-items/" + a + "/step", seen).statusCode())
                .isEqualTo(303);

        Map<String, Object> mine = new HashMap<>(seen);
        mine.put("target", "WITHDRAWN");
        mine.put("note", "not needed after all");
        Response conflict = second.htmxPost("/clearance-items/" + a + "/step", mine);

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.asString())
                .contains("Someone else changed this while you were editing.")
                .contains("changed the status of Sync — Publisher A " + song.tag())
                .contains("from Not requested to Requested")
                .contains("value=\"not needed after all\"")
                .contains("name=\"version\" value=\"" + world.version(a) + "\"");
        assertThat(status(a)).isEqualTo(LicenceStatus.REQUESTED);
    }

    @Test
    void termsAreSavedAndLicensingWithoutAScopeIsRefusedInPlainWords() {
        PageWorld.Song song = world.song();
        long label = world.item(song.cue(), song.label()).id;
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        supervisor.post("/clearance-items/" + label + "/step", step("REQUESTED", label, Map.of()));
        supervisor.post("/clearance-items/" + label + "/step", step("QUOTED", label, Map.of("quotedFee", "12000")));
        supervisor.post("/clearance-items/" + label + "/step", step("APPROVED", label, Map.of()));

        Response refused = supervisor.uploadNothing("/clearance-items/" + label + "/licensed", licensed(label));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString())
                .contains("Record what the licence grants (media, territories and term) before marking it executed.");

        Response saved = supervisor.post("/clearance-items/" + label + "/terms", terms(label, "WORLD", "NARNIA"));
        assertThat(saved.statusCode()).isEqualTo(400);
        assertThat(saved.asString())
                .contains("Unknown territory &#39;NARNIA&#39;")
                .contains("value=\"NARNIA\"");

        saved = supervisor.post("/clearance-items/" + label + "/terms", terms(label, "WORLD", ""));
        assertThat(saved.statusCode()).isEqualTo(303);
        Response licensed = supervisor.uploadNothing("/clearance-items/" + label + "/licensed", licensed(label));
        assertThat(licensed.statusCode()).isEqualTo(303);
        assertThat(supervisor.follow(licensed).asString())
                .contains("data-item-status=\"LICENSED\"")
                .contains("Covers the release plan");
    }

    @Test
    void licensingBothSidesClearsTheCueAndMovesTheProduction() {
        PageWorld.Song song = world.song();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        for (long party : List.of(song.publisherA(), song.publisherB(), song.label())) {
            long item = world.item(song.cue(), party).id;
            supervisor.post("/clearance-items/" + item + "/step", step("REQUESTED", item, Map.of()));
            supervisor.post("/clearance-items/" + item + "/step", step("QUOTED", item, Map.of("quotedFee", "4000")));
            supervisor.post("/clearance-items/" + item + "/step", step("APPROVED", item, Map.of()));
            supervisor.post("/clearance-items/" + item + "/terms", terms(item, "WORLD", ""));
            supervisor.uploadNothing("/clearance-items/" + item + "/licensed", licensed(item));
        }

        assertThat(supervisor.get("/cues/" + song.cue()).asString()).contains("data-status=\"CLEARED\"");
        assertThat(supervisor.get("/productions/" + song.production()).asString())
                .contains("<strong>1 of 1</strong> active cues cleared (100%)");
    }

    @Test
    void optionsAreAddedExercisedAndRemoved() {
        PageWorld.Song song = world.song();
        long label = world.item(song.cue(), song.label()).id;
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());

        Response refused = supervisor.post(
                "/clearance-items/" + label + "/options",
                Map.of("description", "", "fee", "lots", "exerciseDeadline", "", "version", version(label)));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("Description is required.").contains("value=\"lots\"");

        Response added = supervisor.post(
                "/clearance-items/" + label + "/options",
                Map.of(
                        "description", "Add Japan",
                        "fee", "2500",
                        "exerciseDeadline", "2026-09-30",
                        "version", version(label)));
        assertThat(added.statusCode()).isEqualTo(303);
        LicenceOption option = QuarkusTransaction.requiringNew()
                .call(() -> LicenceOption.<LicenceOption>find("item.id", label).singleResult());
        assertThat(supervisor.follow(added).asString()).contains("Add Japan").contains("30 Sep 2026");

        Response exercised = supervisor.htmxPost(
                "/clearance-items/" + label + "/options/" + option.id + "/exercised",
                Map.of("version", Long.toString(option.version), "exercised", "true"));
        assertThat(exercised.statusCode()).isEqualTo(200);
        assertThat(exercised.asString()).contains("Exercised — undo");

        long now =
                QuarkusTransaction.requiringNew().call(() -> LicenceOption.<LicenceOption>findById(option.id).version);
        Response removed = supervisor.post(
                "/clearance-items/" + label + "/options/" + option.id + "/delete",
                Map.of("version", Long.toString(now)));
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(QuarkusTransaction.requiringNew().call(() -> LicenceOption.count("item.id", label)))
                .isZero();
    }

    @Test
    void onlySupervisorsTakeSteps() {
        PageWorld.Song song = world.song();
        long a = world.item(song.cue(), song.publisherA()).id;
        Visitor producer = world.visitor(Role.PRODUCER, song.production());
        Visitor outsider = world.visitor(Role.SUPERVISOR);

        assertThat(producer.post("/clearance-items/" + a + "/step", step("REQUESTED", a, Map.of()))
                        .statusCode())
                .isEqualTo(403);
        assertThat(outsider.post("/clearance-items/" + a + "/step", step("REQUESTED", a, Map.of()))
                        .statusCode())
                .isEqualTo(404);
        Response htmx = producer.htmxPost("/clearance-items/" + a + "/terms", terms(a, "WORLD", ""));
        assertThat(htmx.statusCode()).isEqualTo(403);
        assertThat(htmx.header("HX-Retarget")).isEqualTo("#messages");
        assertThat(htmx.asString()).contains("role=\"alert\"").doesNotContain("<html");
        assertThat(status(a)).isEqualTo(LicenceStatus.NOT_REQUESTED);
    }

    private String version(long itemId) {
        return Long.toString(world.version(itemId));
    }

    private Map<String, Object> step(String target, long itemId, Map<String, String> extra) {
        Map<String, Object> form = new HashMap<>();
        form.put("target", target);
        form.put("on", "2026-03-01");
        form.put("quotedFee", "");
        form.put("agreedFee", "");
        form.put("quoteExpiresOn", "");
        form.put("note", "");
        form.put("version", version(itemId));
        form.put("seen", "");
        form.putAll(extra);
        return form;
    }

    /** The "Mark licensed" confirmation as its form sends it, without a file. */
    private Map<String, String> licensed(long itemId) {
        return Map.of("on", "2026-03-01", "note", "", "description", "", "version", version(itemId), "seen", "");
    }

    private Map<String, Object> terms(long itemId, String territories, String excluded) {
        ClearanceItem item = QuarkusTransaction.requiringNew().call(() -> ClearanceItem.findById(itemId));
        Map<String, Object> form = new HashMap<>();
        form.put("currency", "USD");
        form.put("quotedFee", item.quotedFee == null ? "" : item.quotedFee.toPlainString());
        form.put("agreedFee", item.agreedFee == null ? "" : item.agreedFee.toPlainString());
        form.put("quoteExpiresOn", "");
        form.put("media", List.of("ALL_MEDIA"));
        form.put("territories", territories);
        form.put("excludedTerritories", excluded);
        form.put("termStart", "2026-01-01");
        form.put("termYears", "");
        form.put("contact", "");
        form.put("notes", "");
        form.put("version", Long.toString(item.version));
        form.put("seen", "");
        return form;
    }

    private static LicenceStatus status(long itemId) {
        return QuarkusTransaction.requiringNew().call(() -> ClearanceItem.<ClearanceItem>findById(itemId).status);
    }
}
