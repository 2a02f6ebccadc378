package org.rightstracker.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.importing.cwr.CwrImport;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.work.Work;
import org.rightstracker.web.security.Role;
import org.rightstracker.web.security.Team;

/** What a CWR registration says beyond the two sides is shown on the work, party and recording pages. */
@QuarkusTest
class RegistrationFieldsPageTest {

    static final Path FILE = Path.of("../rights-core/src/test/resources/importing/cwr/registration-fields.V21");

    @Inject
    Team team;

    @Inject
    CwrImport cwr;

    @BeforeEach
    void imported() throws Exception {
        team.ensure();
        cwr.commit("registration-fields.V21", Files.readString(FILE, StandardCharsets.ISO_8859_1));
    }

    @Test
    void theWorkPageShowsTheRegistrationWithEachRightAndTheTerritories() {
        long id = QuarkusTransaction.requiringNew()
                .call(() -> Work.<Work>find("title", "NORTHERN LIGHTS THEME").singleResult().id);

        Document page = Jsoup.parse(viewer().get("/works/" + id).asString());

        String registration =
                page.select("section[aria-labelledby=registration-title]").text();
        assertThat(registration)
                .contains("Submitter work number STU000042")
                .contains("Language EN")
                .contains("Version type MOD")
                .contains("Duration 3:12")
                .contains("Written for NORTHERN LIGHTS (2024)")
                .contains("LUMIERES DU NORD TT (FR)");
        assertThat(page.select("section[aria-labelledby=registration-title] tbody tr"))
                .extracting(Element::text)
                .containsExactly(
                        "MARIA LINDQVIST Writer 50% 25% 0% World (2136)",
                        "AURORA SCORE MUSIC Publisher 50% 75% 100% World (2136), except Canada (124)");
    }

    @Test
    void aSocietysAcknowledgementSentThroughTheApiIsShownOnTheWorkPage() {
        long id = QuarkusTransaction.requiringNew()
                .call(() -> Work.<Work>find("title", "NORTHERN LIGHTS THEME").singleResult().id);
        String ack = String.join(
                        "\r\n",
                        "HDRSO000000052" + String.format("%-45s", "PRS FOR MUSIC") + "01.1020261201090000" + "20261201",
                        "GRHACK0000102.100000000000  ",
                        "ACK0000000000000000202611201200000000100000000NWR"
                                + String.format("%-60s%-20s%-20s", "NORTHERN LIGHTS THEME", "STU000042", "PRS00981234")
                                + "20261201RA",
                        "GRT000010000000100000003",
                        "TRL000010000000100000005")
                + "\r\n";

        io.restassured.response.Response answer = io.restassured.RestAssured.given()
                .auth()
                .preemptive()
                .basic(Team.user(Role.SUPERVISOR), Team.PASSWORD)
                .contentType("text/plain")
                .body(ack)
                .post("/api/v1/imports/cwr-acknowledgements?fileName=ack.V21");

        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        assertThat(Jsoup.parse(viewer().get("/works/" + id).asString())
                        .select("section[aria-labelledby=registration-title] li")
                        .text())
                .contains("Registration accepted by PRS FOR MUSIC")
                .contains("their work number PRS00981234");
    }

    @Test
    void thePartyPageShowsTheMechanicalSocietyAndTheRecordingPageTheAlbum() {
        long party = QuarkusTransaction.requiringNew()
                .call(() -> Party.<Party>find("name", "AURORA SCORE MUSIC").singleResult().id);
        long recording = QuarkusTransaction.requiringNew()
                .call(() -> Recording.<Recording>find("isrc", "GBXYZ2400042").singleResult().id);

        assertThat(Jsoup.parse(viewer().get("/parties/" + party).asString())
                        .select("dl.facts")
                        .text())
                .contains("MR society HFA");
        assertThat(Jsoup.parse(viewer().get("/recordings/" + recording).asString())
                        .text())
                .contains("First released on NORTHERN LIGHTS (ORIGINAL SCORE) (catalogue no. AUR-0042)");
    }

    private static Visitor viewer() {
        return Visitor.signIn(Team.user(Role.VIEWER), Team.PASSWORD);
    }
}
