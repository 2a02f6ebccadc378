package org.rightstracker.web.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.cue.CueService;
import org.rightstracker.core.document.Document;
import org.rightstracker.core.document.DocumentKind;
import org.rightstracker.core.letter.LetterKind;
import org.rightstracker.core.letter.LetterTemplate;
import org.rightstracker.core.licence.LicenceEvent;
import org.rightstracker.core.licence.LicenceEventKind;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.PageWorld;
import org.rightstracker.web.page.Visitor;
import org.rightstracker.web.security.Role;

/**
 * Request letters against a real SMTP server (GreenMail) inside the test: what arrives, what is marked,
 * what the timeline records; the server down; the .eml and PDF outputs; approval letters; template checks.
 */
@QuarkusTest
@TestProfile(MailTestProfile.class)
class RequestLetterMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(MailTestProfile.SMTP);

    @Inject
    PageWorld world;

    @Inject
    CueService cues;

    @Inject
    LetterTemplates templates;

    @Inject
    io.micrometer.core.instrument.MeterRegistry meters;

    private double mailCount(String meter) {
        var counter = meters.find(meter).tag("kind", "letter").counter();
        return counter == null ? 0 : counter.count();
    }

    /** A song whose first publisher holds two cues of the production: one letter must cover both. */
    record TwoCues(PageWorld.Song song, long first, long second, String secondTitle) {}

    TwoCues twoCues() {
        PageWorld.Song song = world.song();
        String title = "Reprise " + song.tag();
        long secondCue =
                cues.create(song.production(), PageWorld.cueInput("3M02", title, song.work(), song.recording())).id;
        return new TwoCues(
                song, world.item(song.cue(), song.publisherA()).id, world.item(secondCue, song.publisherA()).id, title);
    }

    private Map<String, Object> form(TwoCues c, String action, boolean mfn, String offer) {
        return Map.of(
                "party", c.song().publisherA(),
                "recipient", "licensing@publisher.example",
                "mfn", mfn ? "true" : "",
                "itemId", List.of(c.first(), c.second()),
                "itemVersion", List.of(world.version(c.first()), world.version(c.second())),
                "feeOffer", List.of(offer, ""),
                "action", action);
    }

    private String path(TwoCues c) {
        return "/productions/" + c.song().production() + "/letters/request";
    }

    @Test
    void sendingEmailsOneLetterForAllTheLicensorsOpenRequestsMarksThemRequestedAndRecordsIt() throws Exception {
        TwoCues c = twoCues();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, c.song().production());
        double sentBefore = mailCount("rights.mail.sent");

        Response sent = supervisor.post(path(c), form(c, "send", true, "5000"));

        assertThat(sent.statusCode()).as(sent.asString()).isEqualTo(303);
        assertThat(mailCount("rights.mail.sent")).as("the sent-mail meter").isEqualTo(sentBefore + 1);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("licensing@publisher.example");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("clearance@rights.example");
        assertThat(mail.getSubject())
                .contains(c.song().productionTitle())
                .contains("Publisher A " + c.song().tag());
        String body = text(mail);
        assertThat(body)
                .contains("Cue 2M14 \"Cue " + c.song().tag() + "\"")
                .contains("Cue 3M02 \"" + c.secondTitle() + "\"")
                .contains("Our fee offer: USD 5,000.00")
                .contains("Most favoured nations");
        for (long item : List.of(c.first(), c.second())) {
            ClearanceItem now = world.item(
                    item == c.first() ? c.song().cue() : cueOf(item), c.song().publisherA());
            assertThat(now.status).isEqualTo(LicenceStatus.REQUESTED);
            List<LicenceEvent> emails = events(item, LicenceEventKind.EMAIL);
            assertThat(emails).hasSize(1);
            assertThat(emails.get(0).detail)
                    .contains("To licensing@publisher.example")
                    .contains(mail.getSubject());
            assertThat(documents(item, DocumentKind.CORRESPONDENCE)).hasSize(1);
        }
        // The other publisher and the label are not in this letter.
        assertThat(world.item(c.song().cue(), c.song().publisherB()).status).isEqualTo(LicenceStatus.NOT_REQUESTED);
    }

    @Test
    void theMfnClauseIsOnlyInTheLetterWhenTheSupervisorAsksForIt() throws Exception {
        TwoCues c = twoCues();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, c.song().production());

        assertThat(supervisor.post(path(c), form(c, "send", false, "")).statusCode())
                .isEqualTo(303);

        String body = text(SMTP.getReceivedMessages()[0]);
        assertThat(body)
                .contains(c.secondTitle())
                .doesNotContain("Most favoured nations")
                .doesNotContain("fee offer");
    }

    @Test
    void whenTheMailServerIsDownTheUserIsToldAndNothingIsMarkedOrRecorded() {
        TwoCues c = twoCues();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, c.song().production());
        SMTP.stop();
        double failedBefore = mailCount("rights.mail.failed");

        Response refused = supervisor.post(path(c), form(c, "send", true, "5000"));

        assertThat(refused.statusCode()).isEqualTo(502);
        assertThat(mailCount("rights.mail.failed")).as("the failed-mail meter").isEqualTo(failedBefore + 1);
        assertThat(refused.asString()).contains("did not take the message").contains("Nothing was sent");
        for (long item : List.of(c.first(), c.second())) {
            assertThat(events(item, null)).isEmpty();
            assertThat(documents(item, null)).isEmpty();
        }
        assertThat(world.item(c.song().cue(), c.song().publisherA()).status).isEqualTo(LicenceStatus.NOT_REQUESTED);
    }

    @Test
    void theEmlDownloadIsAnRfc5322MessageAndRecordsLetterProduced() throws Exception {
        TwoCues c = twoCues();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, c.song().production());

        Response eml = supervisor.post(path(c), form(c, "eml", false, "750.50"));

        assertThat(eml.statusCode()).isEqualTo(200);
        assertThat(eml.header("Content-Disposition")).contains(".eml");
        MimeMessage parsed =
                new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml.asByteArray()));
        assertThat(parsed.getAllRecipients()[0].toString()).isEqualTo("licensing@publisher.example");
        assertThat(parsed.getSubject()).contains(c.song().productionTitle());
        assertThat(parsed.getHeader("Date")).isNotEmpty();
        assertThat(parsed.getHeader("Message-ID")).isNotEmpty();
        assertThat(text(parsed)).contains(c.secondTitle()).contains("USD 750.50");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(events(c.first(), LicenceEventKind.LETTER))
                .singleElement()
                .satisfies(e -> assertThat(e.detail).contains("Letter produced (EML)"));
        // Produced is not sent: the items stay as they were until the user confirms.
        assertThat(world.item(c.song().cue(), c.song().publisherA()).status).isEqualTo(LicenceStatus.NOT_REQUESTED);

        Response confirmed = supervisor.post(path(c), form(c, "confirm", false, ""));
        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(world.item(c.song().cue(), c.song().publisherA()).status).isEqualTo(LicenceStatus.REQUESTED);
    }

    @Test
    void thePdfCarriesTheProductionAndEveryCue() throws Exception {
        TwoCues c = twoCues();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, c.song().production());

        Response pdf = supervisor.post(path(c), form(c, "pdf", true, ""));

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.asByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(c.song().productionTitle())
                    .contains("Cue " + c.song().tag())
                    .contains(c.secondTitle())
                    .contains("Most favoured nations");
        }
    }

    @Test
    void aBadFeeOfferOrRecipientIsRefusedNamingTheFieldAndNothingIsSent() {
        TwoCues c = twoCues();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, c.song().production());
        Map<String, Object> fields = new java.util.HashMap<>(form(c, "send", false, "-5"));
        fields.put("recipient", "not an address");

        Response refused = supervisor.post(path(c), fields);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("negative").contains("is not an e-mail address");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(events(c.first(), null)).isEmpty();
    }

    @Test
    void theApiSendsTheLetterInOneCallAndRefusesAnUnknownLicenceNamingIt() throws Exception {
        TwoCues c = twoCues();
        String supervisor = world.user(Role.SUPERVISOR, c.song().production());
        String api = "/api/v1/productions/" + c.song().production() + "/letters/request";
        Map<String, Object> body = Map.of(
                "party",
                c.song().publisherA(),
                "recipient",
                "api@publisher.example",
                "mfn",
                false,
                "send",
                true,
                "items",
                List.of(
                        Map.of("id", c.first(), "version", world.version(c.first()), "feeOffer", "1200"),
                        Map.of("id", c.second(), "version", world.version(c.second()))));
        Map<String, Object> unknown = new java.util.HashMap<>(body);
        unknown.put("items", List.of(Map.of("id", 999_999_999L, "version", 0)));

        Response refused = api(supervisor).body(unknown).post(api);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.jsonPath().getList("errors.field", String.class)).contains("items[0].id");
        assertThat(SMTP.getReceivedMessages()).isEmpty();

        Response sent = api(supervisor).body(body).post(api);

        assertThat(sent.statusCode()).as(sent.asString()).isEqualTo(200);
        assertThat(sent.jsonPath().getBoolean("sent")).isTrue();
        assertThat(sent.jsonPath().getList("markedRequested", Long.class))
                .containsExactlyInAnyOrder(c.first(), c.second());
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(SMTP.getReceivedMessages()[0].getAllRecipients()[0].toString())
                .isEqualTo("api@publisher.example");
        assertThat(text(SMTP.getReceivedMessages()[0])).contains("Our fee offer: USD 1,200.00");
        assertThat(world.item(c.song().cue(), c.song().publisherA()).status).isEqualTo(LicenceStatus.REQUESTED);
    }

    private static io.restassured.specification.RequestSpecification api(String username) {
        return io.restassured.RestAssured.given()
                .auth()
                .preemptive()
                .basic(username, PageWorld.PASSWORD)
                .contentType("application/json");
    }

    @Test
    void aDealMemoAndALicenceDraftAreAttachedToAnApprovedLicence() throws Exception {
        PageWorld.Song song = world.song();
        long label = world.item(song.cue(), song.label()).id;
        world.license(label, "3000");
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());

        assertThat(supervisor
                        .post("/clearance-items/" + label + "/letters", Map.of("letter", "confirmation"))
                        .statusCode())
                .isEqualTo(303);
        assertThat(supervisor
                        .post("/clearance-items/" + label + "/letters", Map.of("letter", "draft"))
                        .statusCode())
                .isEqualTo(303);

        List<Document> memos = documents(label, DocumentKind.DEAL_MEMO);
        List<Document> drafts = documents(label, DocumentKind.LICENCE_DRAFT);
        assertThat(memos).hasSize(1);
        assertThat(drafts).hasSize(1);
        Response draftPdf = supervisor.get("/documents/" + drafts.get(0).id);
        assertThat(draftPdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(draftPdf.asByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("MASTER USE LICENCE")
                    .contains("USD 3,000.00")
                    .contains("World");
        }
        assertThat(events(label, LicenceEventKind.LETTER)).hasSize(2);
    }

    @Test
    void aTemplateWithAnUnknownPropertyOrBrokenSyntaxIsRefusedNamingTheLineAndNotSaved() {
        assertThatThrownBy(() -> templates.save(LetterKind.REQUEST, 0, "Hello", "Dear all,\n\n{letter.licensr}\n"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors())
                        .singleElement()
                        .satisfies(f -> {
                            assertThat(f.field()).isEqualTo("body");
                            assertThat(f.message()).contains("line 3").contains("licensr");
                        }));
        assertThatThrownBy(() -> templates.save(LetterKind.REQUEST, 0, "Hello", "Line one\n{#if letter.mfn}\nunclosed"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(
                                ((ValidationException) e).errors().get(0).message())
                        .contains("line"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> LetterTemplate.count()))
                .isZero();
        assertThat(templates.current(LetterKind.REQUEST).customised()).isFalse();
    }

    @Test
    void aSavedTemplateIsUsedUntilResetToTheDefault() throws Exception {
        var saved =
                templates.save(LetterKind.CONFIRMATION, 0, "Memo {letter.cue.number}", "Agreed: {letter.cue.fee}\n");
        try {
            assertThat(saved.customised()).isTrue();
            assertThat(templates
                            .render(LetterKind.CONFIRMATION, Letter.sample())
                            .subject())
                    .isEqualTo("Memo 2M14");
        } finally {
            templates.reset(LetterKind.CONFIRMATION, saved.version());
        }
        assertThat(templates.current(LetterKind.CONFIRMATION).customised()).isFalse();
        assertThat(templates.render(LetterKind.CONFIRMATION, Letter.sample()).subject())
                .startsWith("Deal memo");
    }

    private long cueOf(long itemId) {
        return QuarkusTransaction.requiringNew().call(() -> ClearanceItem.<ClearanceItem>findById(itemId).cue.id);
    }

    private static List<LicenceEvent> events(long itemId, LicenceEventKind kind) {
        return QuarkusTransaction.requiringNew()
                .call(() -> LicenceEvent.<LicenceEvent>list("item.id", itemId).stream()
                        .filter(e -> kind == null ? e.kind != LicenceEventKind.STEP : e.kind == kind)
                        .toList());
    }

    private static List<Document> documents(long itemId, DocumentKind kind) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Document.<Document>list("item.id", itemId).stream()
                        .filter(d -> kind == null || d.kind == kind)
                        .toList());
    }

    /** The plain-text part of a message. */
    static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof String s) {
            return s;
        }
        MimeMultipart parts = (MimeMultipart) content;
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("text/plain")) {
                return parts.getBodyPart(i).getContent().toString();
            }
        }
        throw new AssertionError("no text/plain part");
    }
}
