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
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.work.Work;
import org.rightstracker.web.security.Role;

/** Works, recordings and parties: lists, share editors, identifier checks, conflicts and who may edit. */
@QuarkusTest
class CatalogueTest {

    @Inject
    PageWorld world;

    @Test
    void aWorkWithTwoPublishersIsCreatedAndFoundAgain() {
        String tag = PageWorld.unique("Two Pubs");
        Party a = world.party("Alpha " + tag, PartyRole.PUBLISHER);
        Party b = world.party("Beta " + tag, PartyRole.PUBLISHER);
        Visitor supervisor = world.visitor(Role.SUPERVISOR);

        String iswc = PageWorld.iswc();
        Map<String, Object> form = workForm("Song " + tag, iswc);
        form.put("publisherParty", List.of("Alpha " + tag, "Beta " + tag + " [#" + b.id + "]", ""));
        form.put("publisherShare", List.of("50", "50", ""));
        form.put("publisherRole", List.of("ORIGINAL_PUBLISHER", "ADMINISTRATOR", "ORIGINAL_PUBLISHER"));
        form.put("publisherSociety", List.of("", "", ""));
        Response created = supervisor.post("/works", form);

        assertThat(created.statusCode()).isEqualTo(303);
        String page = supervisor.follow(created).asString();
        assertThat(page)
                .contains("Added the work Song " + tag + ".")
                .contains(iswc)
                .contains("Publishers <span class=\"total\">100%</span>")
                .contains("Alpha " + tag)
                .contains("Administrator");
        assertThat(supervisor.get("/works?q=" + tag).asString()).contains("Song " + tag);
        assertThat(supervisor.get("/works?q=" + iswc.replaceAll("[^0-9T]", "")).asString())
                .contains("Song " + tag);
        assertThat(supervisor.get("/works?q=nothing-like-this-" + tag).asString())
                .contains("No work matches");
    }

    @Test
    void sharesOverAHundredAndABadIswcAreRefusedAtTheirFieldsKeepingTheRows() {
        String tag = PageWorld.unique("Too Much");
        world.party("Gamma " + tag, PartyRole.PUBLISHER);
        world.party("Delta " + tag, PartyRole.PUBLISHER);
        Visitor supervisor = world.visitor(Role.SUPERVISOR);

        Map<String, Object> form = workForm("Song " + tag, "T-034.524.680-2");
        form.put("publisherParty", List.of("Gamma " + tag, "Delta " + tag));
        form.put("publisherShare", List.of("60", "50"));
        form.put("publisherRole", List.of("ORIGINAL_PUBLISHER", "ORIGINAL_PUBLISHER"));
        form.put("publisherSociety", List.of("", ""));
        Response refused = supervisor.post("/works", form);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString())
                .contains("has check digit 2; expected 1")
                .contains("value=\"T-034.524.680-2\"")
                .contains("value=\"Gamma " + tag + "\"")
                .contains("value=\"60\"")
                .contains("<strong>110%</strong> Over by 10%");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Work.count("title", "Song " + tag)))
                .isZero();
    }

    @Test
    void theShareEditorAddsAndRemovesRowsWithoutScript() {
        Visitor supervisor = world.visitor(Role.SUPERVISOR);
        Map<String, Object> form = workForm("Rows", "");
        form.put("publisherParty", List.of("First", "Second"));
        form.put("publisherShare", List.of("40", "35"));
        form.put("publisherRole", List.of("ORIGINAL_PUBLISHER", "ORIGINAL_PUBLISHER"));
        form.put("publisherSociety", List.of("", ""));

        form.put("action", "add-publisher");
        String added =
                supervisor.post("/works", form).then().statusCode(200).extract().asString();
        assertThat(added.split("name=\"publisherParty\"", -1)).hasSize(1 + 3 + 1);
        assertThat(added).contains("<strong>75%</strong> 25% is not accounted for");

        form.put("action", "remove-publisher-0");
        String removed =
                supervisor.post("/works", form).then().statusCode(200).extract().asString();
        assertThat(removed).doesNotContain("value=\"First\"").contains("value=\"Second\"");
    }

    @Test
    void runningTotalsAndIdentifierChecksAnswerAsYouType() {
        Visitor supervisor = world.visitor(Role.SUPERVISOR);

        assertThat(supervisor
                        .htmxGet("/catalogue/share-total/publisher?publisherShare=50&publisherShare=50")
                        .asString())
                .contains("share-total ok")
                .contains("Complete: the publisher shares add up to 100%.");
        assertThat(supervisor
                        .htmxGet("/catalogue/share-total/owner?ownerShare=33.333")
                        .asString())
                .contains("share-total over")
                .contains("is not a percentage");
        String fresh = PageWorld.iswc();
        assertThat(supervisor
                        .htmxGet("/catalogue/check/iswc?iswc="
                                + fresh.replace("-", "").replace(".", ""))
                        .asString())
                .contains(fresh + " is valid.");
        assertThat(supervisor.htmxGet("/catalogue/check/isrc?isrc=GB-AB").asString())
                .contains("check-bad");
        assertThat(supervisor
                        .htmxGet("/catalogue/check/ipiNameNumber?ipiNameNumber=123")
                        .asString())
                .contains("check-bad");
    }

    @Test
    void anIdentifierAlreadyUsedElsewhereIsNamed() {
        String tag = PageWorld.unique("Known");
        Visitor supervisor = world.visitor(Role.SUPERVISOR);
        Map<String, Object> form = partyForm("Holder " + tag);
        form.put("ipiNameNumber", "00014107338");
        Response first = supervisor.post("/parties", form);
        // The demo-free test database may already hold this IPI from another test: either way it is named.
        long id = first.statusCode() == 303
                ? Long.parseLong(first.header("Location").replaceAll(".*/", ""))
                : -1;

        String check = supervisor
                .htmxGet("/catalogue/check/ipiNameNumber?ipiNameNumber=00014107338")
                .asString();
        assertThat(check).contains("is already used by");
        if (id > 0) {
            assertThat(check).contains("Holder " + tag);
            assertThat(supervisor
                            .htmxGet("/catalogue/check/ipiNameNumber?ipiNameNumber=00014107338&own=" + id)
                            .asString())
                    .contains("is valid.");
        }
    }

    @Test
    void pickersShowNamesNeverIdsAndThePickedLabelSettlesWhichNamesakeIsMeant() {
        String tag = PageWorld.unique("Suggested");
        Party plain = world.party("Zéta " + tag, PartyRole.PUBLISHER);
        Party namesake = QuarkusTransaction.requiringNew().call(() -> {
            Party p = world.party("ZETA " + tag, PartyRole.PUBLISHER);
            p = Party.findById(p.id);
            p.society = "SACEM";
            return p;
        });
        Visitor supervisor = world.visitor(Role.SUPERVISOR);

        String suggestions = supervisor
                .htmxGet("/catalogue/suggest/parties?publisherParty=zeta " + tag)
                .asString();
        Map<String, Object> form = workForm("Picked " + tag, "");
        form.put("publisherParty", List.of("ZETA " + tag + " (SACEM)"));
        form.put("publisherShare", List.of("100"));
        form.put("publisherRole", List.of("ORIGINAL_PUBLISHER"));
        form.put("publisherSociety", List.of(""));
        Response created = supervisor.post("/works", form);
        Map<String, Object> ambiguous = workForm("Unpicked " + tag, "");
        ambiguous.put("publisherParty", List.of("zeta " + tag));
        ambiguous.put("publisherShare", List.of("100"));
        ambiguous.put("publisherRole", List.of("ORIGINAL_PUBLISHER"));
        ambiguous.put("publisherSociety", List.of(""));
        Response refused = supervisor.post("/works", ambiguous);

        assertThat(suggestions)
                .contains("<option value=\"Zéta " + tag + "\">")
                .contains("<option value=\"ZETA " + tag + " (SACEM)\">")
                .doesNotContain("[#")
                .doesNotContain(String.valueOf(plain.id) + "]");
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> Work.<Work>find("title", "Picked " + tag)
                                .singleResult()
                                .publishers
                                .get(0)
                                .party
                                .id))
                .isEqualTo(namesake.id);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("2 parties are called");
        assertThat(supervisor.get("/works/new").asString()).doesNotContain("[#");
    }

    @Test
    void aRecordingWithItsLabelIsCreatedAndABadIsrcIsRefused() {
        String tag = PageWorld.unique("Master");
        Party label = world.party("Label " + tag, PartyRole.RECORD_LABEL);
        Visitor supervisor = world.visitor(Role.SUPERVISOR);

        Map<String, Object> form = recordingForm("Take " + tag, "GB-A1");
        form.put("ownerParty", List.of("Label " + tag));
        form.put("ownerShare", List.of("100"));
        Response refused = supervisor.post("/recordings", form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("id=\"isrc-error\"").contains("value=\"GB-A1\"");

        form.put("isrc", "");
        Response created = supervisor.post("/recordings", form);
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(supervisor.follow(created).asString())
                .contains("Added the recording Take " + tag + ".")
                .contains("Master owners <span class=\"total\">100%</span>")
                .contains("Label " + tag);
        assertThat(supervisor.get("/parties/" + label.id).asString()).contains("Owner of the master");
    }

    @Test
    void aPartyIsCreatedEditedAndAStaleEditShowsBothValues() {
        String tag = PageWorld.unique("Party");
        Visitor first = world.visitor(Role.SUPERVISOR);
        Visitor second = world.visitor(Role.ADMIN);
        Response created = first.post("/parties", partyForm("Original " + tag));
        assertThat(created.statusCode()).isEqualTo(303);
        long id = Long.parseLong(created.header("Location").replaceAll(".*/", ""));

        Map<String, Object> theirs = partyForm("Renamed " + tag);
        theirs.put("version", "0");
        assertThat(first.post("/parties/" + id, theirs).statusCode()).isEqualTo(303);
        Map<String, Object> mine = partyForm("Original " + tag);
        mine.put("society", "PRS");
        mine.put("version", "0");
        Response conflict = second.post("/parties/" + id, mine);

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.asString()).contains("value=\"PRS\"");
        assertThat(EditConflictTest.choice(conflict.asString(), "Name"))
                .containsExactly("Original " + tag, "Renamed " + tag);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Party.<Party>findById(id).name))
                .isEqualTo("Renamed " + tag);
    }

    @Test
    void everyoneReadsTheCatalogueOnlySupervisorsAndAdministratorsChangeIt() {
        Visitor viewer = world.visitor(Role.VIEWER);
        assertThat(viewer.get("/works").statusCode()).isEqualTo(200);
        assertThat(viewer.get("/recordings").statusCode()).isEqualTo(200);
        assertThat(viewer.get("/parties").asString()).doesNotContain("New party");
        assertThat(viewer.get("/works/new").statusCode()).isEqualTo(403);
        assertThat(viewer.get("/recordings/new").statusCode()).isEqualTo(403);
        assertThat(viewer.get("/parties/new").statusCode()).isEqualTo(403);
        String name = PageWorld.unique("Forbidden");
        assertThat(viewer.post("/parties", partyForm(name)).statusCode()).isEqualTo(403);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Party.count("name", name)))
                .isZero();
        assertThat(Visitor.anonymous().get("/works").statusCode()).isEqualTo(302);
    }

    @Test
    void listsArePaginated() {
        String tag = PageWorld.unique("Paged");
        for (int i = 0; i < Pager.DEFAULT_SIZE + 2; i++) {
            world.party(String.format("%s %02d", tag, i), PartyRole.PUBLISHER);
        }
        Visitor viewer = world.visitor(Role.VIEWER);

        String first = viewer.get("/parties?q=" + tag).asString();
        assertThat(first)
                .contains("1–25 of 27")
                .contains("Next →")
                .contains(tag + " 00")
                .doesNotContain(tag + " 26");
        String second = viewer.get("/parties?q=" + tag + "&page=2").asString();
        assertThat(second).contains("26–27 of 27").contains(tag + " 26").contains("← Previous");
    }

    static Map<String, Object> workForm(String title, String iswc) {
        Map<String, Object> form = new HashMap<>();
        form.put("title", title);
        form.put("iswc", iswc);
        form.put("alternateTitles", "");
        form.put("notes", "");
        form.put("writerParty", List.of(""));
        form.put("writerShare", List.of(""));
        form.put("writerDesignation", List.of("CA"));
        form.put("writerSociety", List.of(""));
        form.put("writerForHire", List.of("false"));
        form.put("version", "0");
        form.put("seen", "");
        form.put("action", "save");
        return form;
    }

    static Map<String, Object> recordingForm(String title, String isrc) {
        Map<String, Object> form = new HashMap<>();
        form.put("title", title);
        form.put("artist", "Someone");
        form.put("isrc", isrc);
        form.put("releaseYear", "2019");
        form.put("duration", "3:10");
        form.put("work", "");
        form.put("notes", "");
        form.put("version", "0");
        form.put("seen", "");
        form.put("action", "save");
        return form;
    }

    static Map<String, Object> partyForm(String name) {
        Map<String, Object> form = new HashMap<>();
        form.put("name", name);
        form.put("kind", "ORGANISATION");
        form.put("roles", List.of("PUBLISHER"));
        form.put("society", "");
        form.put("ipiNameNumber", "");
        form.put("isni", "");
        form.put("contactName", "");
        form.put("email", "");
        form.put("phone", "");
        form.put("notes", "");
        form.put("version", "0");
        return form;
    }

    @Test
    void everyShareFieldNamesItselfForThePhoneLayoutWhereTheColumnHeadingsAreHidden() {
        Visitor supervisor = world.visitor(Role.SUPERVISOR);

        for (String page : List.of("/works/new", "/recordings/new")) {
            org.jsoup.nodes.Document form =
                    org.jsoup.Jsoup.parse(supervisor.get(page).asString());
            org.jsoup.select.Elements fields = form.select("table.share-table tbody td:has(input, select)");

            assertThat(fields).as(page).isNotEmpty();
            assertThat(fields)
                    .as(page + ": the stacked rows show data-label above each field")
                    .allSatisfy(td -> assertThat(td.attr("data-label")).isNotBlank());
        }
    }
}
