package org.rightstracker.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.importing.cwr.CwrAcknowledgement;
import org.rightstracker.core.importing.cwr.CwrImport;
import org.rightstracker.core.work.Work;
import org.rightstracker.web.security.Role;

/** The acknowledgement import page: upload a society's ACK file, preview the answers, record them all or none. */
@QuarkusTest
class AcknowledgementImportPageTest {

    @Inject
    PageWorld world;

    @Inject
    CwrImport cwr;

    @BeforeEach
    void registered() throws Exception {
        cwr.commit(
                "registration-fields.V21",
                Files.readString(RegistrationFieldsPageTest.FILE, StandardCharsets.ISO_8859_1));
    }

    @Test
    void theImportsPageOffersTheUploadAndThePreviewShowsEachAnswerWithoutRecordingIt() throws Exception {
        Visitor supervisor = world.visitor(Role.SUPERVISOR);
        long work = QuarkusTransaction.requiringNew()
                .call(() -> Work.<Work>find("title", "NORTHERN LIGHTS THEME").singleResult().id);
        long before = acknowledgements();

        Document imports = Jsoup.parse(supervisor.get("/imports").asString());
        Response uploaded = supervisor.upload("/imports/cwr-acknowledgements", file(ackFile()), "text/plain", Map.of());

        assertThat(imports.select("form[action=/imports/cwr-acknowledgements] input[type=file]"))
                .hasSize(1);
        assertThat(uploaded.statusCode()).isEqualTo(303);
        Document preview = Jsoup.parse(supervisor.follow(uploaded).asString());
        assertThat(preview.select("tbody tr"))
                .extracting(Element::text)
                .containsExactly(
                        "3 NORTHERN LIGHTS THEME PRS00981234 Registration accepted 2026-12-01",
                        "4 No work of ours has number STU999999 (A WORK WE NEVER SENT) Rejected 2026-12-01"
                                + " WRITER IPI NAME NUMBER NOT FOUND");
        assertThat(preview.select("tbody a[href=/works/" + work + "]")).hasSize(1);
        assertThat(preview.text()).contains("From PRS FOR MUSIC: 2 acknowledgement(s), 1 accepted, 1 rejected");
        assertThat(preview.select("form[action$=/commit] button").text()).isEqualTo("Record 2 acknowledgement(s)");
        assertThat(acknowledgements()).isEqualTo(before);
    }

    @Test
    void recordingTheFileKeepsEveryAnswerAndSaysWhatItRecorded() throws Exception {
        Visitor supervisor = world.visitor(Role.SUPERVISOR);
        long before = acknowledgements();
        Response uploaded = supervisor.upload("/imports/cwr-acknowledgements", file(ackFile()), "text/plain", Map.of());

        Response committed = supervisor.post(uploaded.header("Location") + "/commit", Map.of());

        assertThat(committed.statusCode()).isEqualTo(303);
        assertThat(committed.header("Location")).endsWith("/imports/done");
        assertThat(supervisor.follow(committed).asString())
                .contains("acknowledgement(s) from")
                .contains("2 acknowledgement(s)")
                .contains("1 accepted, 1 rejected; 1 matched to a work.");
        assertThat(acknowledgements()).isEqualTo(before + 2);
        assertThat(supervisor
                        .post(uploaded.header("Location") + "/commit", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(acknowledgements()).isEqualTo(before + 2);
    }

    @Test
    void aBrokenFileShowsItsProblemsByLineAndRecordsNothing() throws Exception {
        Visitor supervisor = world.visitor(Role.SUPERVISOR);
        long before = acknowledgements();
        String broken = ackFile().replace("GRT000010000000200000005", "GRT0000100000002");
        Response uploaded = supervisor.upload("/imports/cwr-acknowledgements", file(broken), "text/plain", Map.of());

        Document preview = Jsoup.parse(supervisor.follow(uploaded).asString());
        Response forced = supervisor.post(uploaded.header("Location") + "/commit", Map.of());

        assertThat(preview.select("caption:contains(Problems) ~ tbody tr td:first-child")
                        .eachText())
                .contains("6");
        assertThat(preview.select("form[action$=/commit]")).isEmpty();
        assertThat(preview.text()).contains("has 1 error(s), the first at line 6");
        assertThat(forced.statusCode()).isEqualTo(422);
        assertThat(forced.asString()).contains("Nothing was recorded.");
        assertThat(acknowledgements()).isEqualTo(before);
    }

    @Test
    void onlyThoseWhoMayImportUploadAcknowledgements() throws Exception {
        Visitor viewer = world.visitor(Role.VIEWER);
        long before = acknowledgements();

        Response refused = viewer.upload("/imports/cwr-acknowledgements", file(ackFile()), "text/plain", Map.of());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(acknowledgements()).isEqualTo(before);
    }

    private static long acknowledgements() {
        return QuarkusTransaction.requiringNew().call(() -> CwrAcknowledgement.count());
    }

    private static File file(String text) throws Exception {
        File file = File.createTempFile("ack-", ".V21");
        file.deleteOnExit();
        Files.writeString(file.toPath(), text, StandardCharsets.ISO_8859_1);
        return file;
    }

    /** PRS answers two registrations: ours accepted, one we never sent rejected with a message. */
    static String ackFile() {
        return String.join(
                        "\r\n",
                        "HDRSO000000052" + String.format("%-45s", "PRS FOR MUSIC") + "01.1020261201090000" + "20261201",
                        "GRHACK0000102.100000000000  ",
                        ack(0, "NORTHERN LIGHTS THEME", "STU000042", "PRS00981234", "RA"),
                        ack(1, "A WORK WE NEVER SENT", "STU999999", "", "RJ"),
                        "MSG0000000100000001T00000000SWRT001"
                                + String.format("%-150s", "WRITER IPI NAME NUMBER NOT FOUND"),
                        "GRT000010000000200000005",
                        "TRL000010000000200000007")
                + "\r\n";
    }

    private static String ack(int transaction, String title, String ours, String theirs, String status) {
        return "ACK" + String.format("%08d%08d", transaction, 0) + "20261120120000" + "00001"
                + String.format("%08d", transaction) + "NWR" + String.format("%-60s%-20s%-20s", title, ours, theirs)
                + "20261201" + status;
    }
}
