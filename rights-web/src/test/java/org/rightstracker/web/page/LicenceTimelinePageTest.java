package org.rightstracker.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.document.Document;
import org.rightstracker.core.document.DocumentKind;
import org.rightstracker.core.document.DocumentStore;
import org.rightstracker.core.licence.LicenceEvent;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.licence.LicenceTerms;
import org.rightstracker.web.security.Role;

/**
 * The licence timeline on the cue page: steps and follow-ups as dated records, the quote step with its
 * MFN and expiry, and "Mark licensed" confirmed with the signed licence attached in the same step.
 */
@QuarkusTest
class LicenceTimelinePageTest {

    @Inject
    PageWorld world;

    @Inject
    LicenceService licences;

    @Inject
    DocumentStore store;

    @Test
    void stepsAndFollowUpsShowOnTheCuePageNewestFirstWithWhoAndNote() {
        PageWorld.Song song = world.song();
        long a = world.item(song.cue(), song.publisherA()).id;
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        supervisor.post("/clearance-items/" + a + "/step", step("REQUESTED", a, Map.of("note", "sent to the desk")));

        Response logged = supervisor.post(
                "/clearance-items/" + a + "/follow-ups",
                Map.of(
                        "on", "2026-03-08",
                        "channel", "PHONE",
                        "note", "Left a message",
                        "nextFollowUpOn", "2026-03-15"));

        assertThat(logged.statusCode()).isEqualTo(303);
        assertThat(supervisor.follow(logged).asString()).contains("Logged a follow-up with Publisher A " + song.tag());
        Visitor viewer = world.visitor(Role.VIEWER, song.production());
        Element item = itemOf(viewer.get("/cues/" + song.cue()).asString(), a);
        List<Element> entries = item.select("section.timeline ol.timeline > li");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).text())
                .contains("8 Mar 2026")
                .contains("Follow-up by phone")
                .contains("· Page Music supervisor")
                .contains("Next follow-up 15 Mar 2026")
                .contains("Left a message");
        assertThat(entries.get(0).selectFirst("time").attr("datetime")).isEqualTo("2026-03-08");
        assertThat(entries.get(1).text())
                .contains("1 Mar 2026")
                .contains("Requested")
                .contains("Page Music supervisor")
                .contains("sent to the desk");
        assertThat(QuarkusTransaction.requiringNew().call(() -> ClearanceItem.<ClearanceItem>findById(a).notes))
                .as("the licence's own notes")
                .isNull();
    }

    @Test
    void aFollowUpWithoutChannelComesBackWithTheMessageAndWhatWasTypedAndWritesNothing() {
        PageWorld.Song song = world.song();
        long a = world.item(song.cue(), song.publisherA()).id;
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());

        Response refused = supervisor.post(
                "/clearance-items/" + a + "/follow-ups",
                Map.of("on", "2026-03-08", "channel", "", "note", "Chased by letter", "nextFollowUpOn", ""));

        assertThat(refused.statusCode()).isEqualTo(400);
        Element item = itemOf(refused.asString(), a);
        Element form = item.selectFirst("form[action=/clearance-items/" + a + "/follow-ups]");
        assertThat(form.parent().hasAttr("open")).isTrue();
        assertThat(form.selectFirst(".error").text()).startsWith("Choose how you followed up");
        assertThat(form.selectFirst("textarea[name=note]").text()).isEqualTo("Chased by letter");
        Visitor producer = world.visitor(Role.PRODUCER, song.production());
        assertThat(producer.post(
                                "/clearance-items/" + a + "/follow-ups",
                                Map.of("on", "2026-03-08", "channel", "PHONE", "note", "", "nextFollowUpOn", ""))
                        .statusCode())
                .isEqualTo(403);
        assertThat(producer.uploadNothing("/clearance-items/" + a + "/licensed", confirmation(a, Map.of()))
                        .statusCode())
                .isEqualTo(403);
        assertThat(events(a)).isZero();
    }

    @Test
    void markLicensedOnALicenceThatCannotBeLicensedYetIsRefusedAsBefore() {
        PageWorld.Song song = world.song();
        long a = world.item(song.cue(), song.publisherA()).id;
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());

        Response refused = supervisor.post("/clearance-items/" + a + "/step", step("LICENSED", a, Map.of()));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("is not requested and cannot become licensed");
        assertThat(events(a)).isZero();
    }

    @Test
    void theQuoteStepRecordsItsFeeExpiryAndMfnAndTheFeeLabelIsRendered() {
        PageWorld.Song song = world.song();
        long label = world.item(song.cue(), song.label()).id;
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        supervisor.post("/clearance-items/" + label + "/step", step("REQUESTED", label, Map.of()));
        String page = supervisor.get("/cues/" + song.cue()).asString();
        Element form = itemOf(page, label).selectFirst("form[action=/clearance-items/" + label + "/step]");
        assertThat(form.selectFirst("label[for=item-" + label + "-quotedFee]").text())
                .isEqualTo("Quoted fee (USD)");
        assertThat(page).doesNotContain("{i.").doesNotContain("?:");
        assertThat(form.select("input[type=checkbox][name=mfn]")).hasSize(1);

        Response quoted = supervisor.post(
                "/clearance-items/" + label + "/step",
                step("QUOTED", label, Map.of("quotedFee", "12000", "quoteExpiresOn", "2026-04-30", "mfn", "true")));

        assertThat(quoted.statusCode()).isEqualTo(303);
        ClearanceItem item = world.item(song.cue(), song.label());
        assertThat(item.status).isEqualTo(LicenceStatus.QUOTED);
        assertThat(item.quotedFee).isEqualByComparingTo("12000");
        assertThat(item.quoteExpiresOn).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(item.mfn).isTrue();
        assertThat(item.mfnWaived).isFalse();
        assertThat(itemOf(supervisor.follow(quoted).asString(), label)
                        .selectFirst("ol.timeline > li")
                        .text())
                .contains("Quoted — Quoted fee USD 12,000.00 · MFN · Quote expires 30 Apr 2026");
    }

    @Test
    void mfnWaivedWithoutMfnIsRefusedOnTheQuoteStep() {
        PageWorld.Song song = world.song();
        long label = world.item(song.cue(), song.label()).id;
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        supervisor.post("/clearance-items/" + label + "/step", step("REQUESTED", label, Map.of()));

        Response refused = supervisor.post(
                "/clearance-items/" + label + "/step",
                step("QUOTED", label, Map.of("quotedFee", "12000", "mfnWaived", "true")));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(itemOf(refused.asString(), label).text()).contains("Only an MFN quote can have its MFN waived.");
        assertThat(world.item(song.cue(), song.label()).status).isEqualTo(LicenceStatus.REQUESTED);
    }

    @Test
    void markLicensedInTheStepFormAsksForConfirmationFirstAndChangesNothing() {
        PageWorld.Song song = world.song();
        long label = approvedWithScope(song);
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());

        Response asked = supervisor.post(
                "/clearance-items/" + label + "/step", step("LICENSED", label, Map.of("note", "countersigned")));

        assertThat(asked.statusCode()).isEqualTo(200);
        Element confirm = itemOf(asked.asString(), label).selectFirst("details.licensed-confirm");
        assertThat(confirm.hasAttr("open")).isTrue();
        assertThat(confirm.text())
                .contains("Confirm the executed licence")
                .contains("Approved → Licensed")
                .contains("USD 9,000.00")
                .contains("All media")
                .contains("World");
        Element form = confirm.selectFirst("form");
        assertThat(form.attr("action")).isEqualTo("/clearance-items/" + label + "/licensed");
        assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(form.selectFirst("input[type=file][name=file]")).isNotNull();
        assertThat(form.selectFirst("input[name=note]").val()).isEqualTo("countersigned");
        assertThat(form.selectFirst("input[name=on]").val()).isEqualTo("2026-03-01");
        assertThat(world.item(song.cue(), song.label()).status).isEqualTo(LicenceStatus.APPROVED);
    }

    @Test
    void confirmingWithASignedLicenceRecordsTheStepAndAttachesTheFileTogether() throws Exception {
        PageWorld.Song song = world.song();
        long label = approvedWithScope(song);
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        File signed = file("Signed master licence " + song.tag() + ".pdf", "signed " + song.tag());

        Response licensed = supervisor.upload(
                "/clearance-items/" + label + "/licensed",
                signed,
                "application/pdf",
                confirmation(label, Map.of("description", "Countersigned copy")));

        assertThat(licensed.statusCode()).isEqualTo(303);
        String page = supervisor.follow(licensed).asString();
        assertThat(page)
                .contains("licensed, with the signed licence Signed master licence " + song.tag() + ".pdf attached.");
        assertThat(world.item(song.cue(), song.label()).status).isEqualTo(LicenceStatus.LICENSED);
        Document document = QuarkusTransaction.requiringNew()
                .call(() -> Document.<Document>find("item.id", label).singleResult());
        assertThat(document.kind).isEqualTo(DocumentKind.LICENCE);
        assertThat(document.description).isEqualTo("Countersigned copy");
        assertThat(store.contains(document.sha256)).isTrue();
        assertThat(Jsoup.parse(page).select("#documents a[href=/documents/" + document.id + "]"))
                .hasSize(1);
        assertThat(itemOf(page, label).selectFirst("ol.timeline > li").text())
                .contains("Licensed")
                .contains("Signed licence attached: Signed master licence " + song.tag() + ".pdf");
    }

    @Test
    void aRefusedFileOrARefusedStepLeavesNeitherStepNorFile() throws Exception {
        PageWorld.Song song = world.song();
        long label = approvedWithScope(song);
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        long before = events(label);

        Response emptyFile = supervisor.upload(
                "/clearance-items/" + label + "/licensed",
                file("empty.pdf", ""),
                "application/pdf",
                confirmation(label, Map.of()));

        assertThat(emptyFile.statusCode()).isEqualTo(400);
        Element confirm = itemOf(emptyFile.asString(), label).selectFirst("details.licensed-confirm");
        assertThat(confirm.hasAttr("open")).isTrue();
        assertThat(confirm.selectFirst("p.error").text()).isEqualTo("The file empty.pdf is empty.");
        assertThat(world.item(song.cue(), song.label()).status).isEqualTo(LicenceStatus.APPROVED);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Document.count("item.id", label)))
                .isZero();
        assertThat(events(label)).isEqualTo(before);

        // A step the service refuses (no scope recorded on this one) stores nothing of the file either.
        long publisher = world.item(song.cue(), song.publisherA()).id;
        approveWithoutScope(publisher);
        String content = "never stored " + song.tag();
        Response noScope = supervisor.upload(
                "/clearance-items/" + publisher + "/licensed",
                file("licence.pdf", content),
                "application/pdf",
                confirmation(publisher, Map.of()));
        assertThat(noScope.statusCode()).isEqualTo(400);
        assertThat(noScope.asString())
                .contains("Record what the licence grants (media, territories and term) before marking it executed.");
        assertThat(world.item(song.cue(), song.publisherA()).status).isEqualTo(LicenceStatus.APPROVED);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Document.count("item.id", publisher)))
                .isZero();
        assertThat(store.contains(sha256(content))).isFalse();
    }

    @Test
    void anHtmxConfirmationWithoutAFileAnswersWithTheClearanceSection() {
        PageWorld.Song song = world.song();
        long label = approvedWithScope(song);
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());

        Response answer = supervisor.htmxUpload(
                "/clearance-items/" + label + "/licensed", null, null, confirmation(label, Map.of()));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.asString())
                .doesNotContain("<html")
                .contains("<section id=\"clearance\"")
                .contains("data-item-status=\"LICENSED\"")
                .contains(": licensed.");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Document.count("item.id", label)))
                .isZero();
    }

    private long approvedWithScope(PageWorld.Song song) {
        long item = world.item(song.cue(), song.label()).id;
        approveWithoutScope(item);
        licences.updateTerms(
                item,
                world.version(item),
                new LicenceTerms(
                        "USD",
                        "9000",
                        "9000",
                        false,
                        false,
                        null,
                        "ALL_MEDIA",
                        "WORLD",
                        "",
                        LocalDate.of(2026, 1, 1),
                        null,
                        null,
                        null));
        return item;
    }

    private void approveWithoutScope(long item) {
        licences.move(item, world.version(item), LicenceStatus.REQUESTED, LicenceStep.on(LocalDate.of(2026, 2, 1)));
        licences.move(
                item,
                world.version(item),
                LicenceStatus.QUOTED,
                LicenceStep.quote(LocalDate.of(2026, 2, 10), "9000", "USD"));
        licences.move(item, world.version(item), LicenceStatus.APPROVED, LicenceStep.on(LocalDate.of(2026, 2, 20)));
    }

    private static Element itemOf(String page, long itemId) {
        Element item = Jsoup.parse(page).getElementById("item-" + itemId);
        assertThat(item).as("licence row item-" + itemId).isNotNull();
        return item;
    }

    private static long events(long itemId) {
        return QuarkusTransaction.requiringNew().call(() -> LicenceEvent.count("item.id", itemId));
    }

    private Map<String, String> confirmation(long itemId, Map<String, String> extra) {
        Map<String, String> form = new HashMap<>();
        form.put("on", "2026-03-01");
        form.put("note", "");
        form.put("description", "");
        form.put("version", Long.toString(world.version(itemId)));
        form.put("seen", "");
        form.putAll(extra);
        return form;
    }

    private Map<String, Object> step(String target, long itemId, Map<String, String> extra) {
        Map<String, Object> form = new HashMap<>();
        form.put("target", target);
        form.put("on", "2026-03-01");
        form.put("quotedFee", "");
        form.put("agreedFee", "");
        form.put("quoteExpiresOn", "");
        form.put("note", "");
        form.put("version", Long.toString(world.version(itemId)));
        form.put("seen", "");
        form.putAll(extra);
        return form;
    }

    private static File file(String name, String content) throws IOException {
        Path path = Files.createTempDirectory("licence").resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        path.toFile().deleteOnExit();
        return path.toFile();
    }

    private static String sha256(String content) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    }
}
