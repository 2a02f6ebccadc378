package org.rightstracker.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.licence.LicenceTerms;
import org.rightstracker.core.licence.LicenceTimeline;
import org.rightstracker.web.security.Role;

/** Bulk steps from the cue page, the licensor's confirmation and the production's cue list. */
@QuarkusTest
class BulkStepsPageTest {

    @Inject
    PageWorld world;

    @Inject
    LicenceService licences;

    @Inject
    LicenceTimeline timeline;

    @Test
    void requestAllOnTheCuePageRequestsEveryLicenceOfTheCueAndSaysWhich() {
        PageWorld.Song song = world.song();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        Document page = Jsoup.parse(supervisor.get("/cues/" + song.cue()).asString());
        Element form = page.selectFirst("form.request-all");
        assertThat(form).isNotNull();
        assertThat(form.text()).contains("Request all (3)");
        List<String> items = form.select("input[name=item]").eachAttr("value");

        assertThat(form.attr("action")).isEqualTo("/productions/" + song.production() + "/bulk-steps/request-all");
        Response posted = supervisor.post(form.attr("action"), Map.of("item", items, "cue", song.cue()));

        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.header("Location")).endsWith("/cues/" + song.cue());
        String after = supervisor.follow(posted).asString();
        assertThat(after).contains("Requested 3 licences: 2M14 Sync — Publisher A " + song.tag());
        for (long party : List.of(song.publisherA(), song.publisherB(), song.label())) {
            long item = world.item(song.cue(), party).id;
            assertThat(world.item(song.cue(), party).status).isEqualTo(LicenceStatus.REQUESTED);
            assertThat(timeline.count(item)).isEqualTo(1);
        }
        assertThat(Jsoup.parse(after).selectFirst("form.request-all")).isNull();
    }

    @Test
    void aProducerAndAViewerSeeNoBulkButtonsAndAreRefusedWhenTheyPost() {
        PageWorld.Song song = world.song();
        long a = world.item(song.cue(), song.publisherA()).id;
        long version = world.version(a);
        for (Role role : List.of(Role.PRODUCER, Role.VIEWER)) {
            Visitor visitor = world.visitor(role, song.production());
            String cuePage = visitor.get("/cues/" + song.cue()).asString();
            assertThat(cuePage).doesNotContain("bulk-steps");
            String productionPage =
                    visitor.get("/productions/" + song.production()).asString();
            assertThat(productionPage).doesNotContain("bulk-steps").isNotEmpty();

            assertThat(visitor.post(
                                    "/productions/" + song.production() + "/bulk-steps/request-all",
                                    Map.of("item", a + ":" + version))
                            .statusCode())
                    .isEqualTo(403);
            assertThat(visitor.get("/productions/" + song.production() + "/bulk-steps/licensors/" + song.publisherA())
                            .statusCode())
                    .isEqualTo(403);
            assertThat(visitor.post(
                                    "/productions/" + song.production() + "/bulk-steps/review",
                                    Map.of("cue", song.cue(), "status", "REQUESTED"))
                            .statusCode())
                    .isEqualTo(403);
        }
        assertThat(world.item(song.cue(), song.publisherA()).status).isEqualTo(LicenceStatus.NOT_REQUESTED);
    }

    @Test
    void anotherTeamsSupervisorGetsNotFoundForTheLicensorPage() {
        PageWorld.Song song = world.song();
        Visitor outsider = world.visitor(Role.SUPERVISOR);

        assertThat(outsider.get("/productions/" + song.production() + "/bulk-steps/licensors/" + song.publisherA())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aLicenceChangedAfterTheLicensorPageWasShownIsListedAsNotMovedWithTheReason() {
        PageWorld.Song song = world.song();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        long a = world.item(song.cue(), song.publisherA()).id;
        Document review = Jsoup.parse(supervisor
                .get("/productions/" + song.production() + "/bulk-steps/licensors/" + song.publisherA())
                .asString());
        List<String> ticked = review.select("input[name=item][checked]").eachAttr("value");
        assertThat(ticked).containsExactly(a + ":" + world.version(a));
        licences.updateTerms(
                a,
                world.version(a),
                new LicenceTerms("USD", null, null, false, false, null, "", "", "", null, null, "Anna", null));

        Response result = supervisor.upload(
                "/productions/" + song.production() + "/bulk-steps",
                null,
                null,
                entries(ticked, "REQUESTED", Map.of("on", "2026-03-02")));

        assertThat(result.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(result.asString());
        assertThat(page.select("table.not-moved tr[data-item=" + a + "]").text())
                .contains("Changed by someone else since you chose it");
        assertThat(world.item(song.cue(), song.publisherA()).status).isEqualTo(LicenceStatus.NOT_REQUESTED);
    }

    @Test
    void bulkApproveFromTheCueListShowsTheFigureTheBudgetCommitsAndApprovesTheTickedLicences() {
        PageWorld.Song song = world.song();
        long a = world.item(song.cue(), song.publisherA()).id;
        long b = world.item(song.cue(), song.publisherB()).id;
        quote(a, "5000", true);
        quote(b, "7500", false);
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        assertThat(Jsoup.parse(supervisor
                                .get("/productions/" + song.production())
                                .asString())
                        .select("form#bulk-steps input[name=cue][value=" + song.cue() + "]"))
                .hasSize(1);

        Response reviewed = supervisor.post(
                "/productions/" + song.production() + "/bulk-steps/review",
                Map.of("cue", song.cue(), "status", "APPROVED"));

        assertThat(reviewed.statusCode()).isEqualTo(200);
        Document review = Jsoup.parse(reviewed.asString());
        assertThat(review.select("tr[data-item]").eachAttr("data-item"))
                .containsExactly(Long.toString(a), Long.toString(b));
        Element rowA = review.selectFirst("tr[data-item=" + a + "]");
        assertThat(rowA.text())
                .contains("USD 7,500.00")
                .contains("The budget will commit USD 7,500.00, not USD 5,000.00: MFN raises USD 5,000.00 by"
                        + " USD 2,500.00");
        assertThat(review.selectFirst("tr[data-item=" + b + "]").select("p.warn-text"))
                .isEmpty();
        List<String> ticked = review.select("input[name=item][checked]").eachAttr("value");

        Response done = supervisor.upload(
                "/productions/" + song.production() + "/bulk-steps",
                null,
                null,
                entries(ticked, "APPROVED", Map.of("on", "2026-03-05", "note", "deal memo sent")));

        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(supervisor.follow(done).asString()).contains("Approved 2 licences");
        assertThat(world.item(song.cue(), song.publisherA()).status).isEqualTo(LicenceStatus.APPROVED);
        assertThat(world.item(song.cue(), song.publisherA()).approvedOn).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(timeline.page(a, 0, 1).get(0).note).isEqualTo("deal memo sent");
        assertThat(world.item(song.cue(), song.label()).status).isEqualTo(LicenceStatus.NOT_REQUESTED);
    }

    @Test
    void bulkMarkLicensedAttachesOneSignedLicenceToEveryLicenceMoved() throws IOException {
        PageWorld.Song song = world.song();
        long a = world.item(song.cue(), song.publisherA()).id;
        long b = world.item(song.cue(), song.publisherB()).id;
        for (long item : List.of(a, b)) {
            approveWithScope(item);
        }
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        Document review = Jsoup.parse(supervisor
                .post(
                        "/productions/" + song.production() + "/bulk-steps/review",
                        Map.of("cue", song.cue(), "status", "LICENSED"))
                .asString());
        assertThat(review.select("input[type=file][name=file]")).hasSize(1);
        List<String> ticked = review.select("input[name=item][checked]").eachAttr("value");
        assertThat(ticked).hasSize(2);
        File signed = Files.createTempFile("signed", ".pdf").toFile();
        Files.writeString(signed.toPath(), "%PDF-1.4 both publishers");

        Response done = supervisor.upload(
                "/productions/" + song.production() + "/bulk-steps",
                signed,
                "application/pdf",
                entries(ticked, "LICENSED", Map.of("on", "2026-03-09", "description", "Signed by both")));

        assertThat(done.statusCode()).isEqualTo(303);
        for (long item : List.of(a, b)) {
            assertThat(QuarkusTransaction.requiringNew()
                            .call(() -> org.rightstracker.core.document.Document.count("item.id", item)))
                    .isEqualTo(1);
        }
        assertThat(world.item(song.cue(), song.publisherB()).status).isEqualTo(LicenceStatus.LICENSED);
    }

    @Test
    void aConfirmationWithNothingTickedIsRefusedAndMovesNothing() {
        PageWorld.Song song = world.song();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());

        Response refused = supervisor.upload(
                "/productions/" + song.production() + "/bulk-steps",
                null,
                null,
                entries(List.of(), "REQUESTED", Map.of("on", "")));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("Tick at least one licence.");
        assertThat(world.item(song.cue(), song.publisherA()).status).isEqualTo(LicenceStatus.NOT_REQUESTED);
    }

    private void quote(long item, String fee, boolean mfn) {
        licences.move(item, world.version(item), LicenceStatus.REQUESTED, LicenceStep.on(LocalDate.of(2026, 3, 1)));
        licences.move(
                item,
                world.version(item),
                LicenceStatus.QUOTED,
                new LicenceStep(LocalDate.of(2026, 3, 2), fee, null, "USD", null, null, mfn, false));
    }

    private void approveWithScope(long item) {
        quote(item, "4000", false);
        licences.move(item, world.version(item), LicenceStatus.APPROVED, LicenceStep.on(LocalDate.of(2026, 3, 3)));
        licences.updateTerms(
                item,
                world.version(item),
                new LicenceTerms(
                        "USD",
                        "4000",
                        "4000",
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
    }

    private static List<Map.Entry<String, String>> entries(
            List<String> items, String status, Map<String, String> more) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        items.forEach(i -> fields.add(Map.entry("item", i)));
        fields.add(Map.entry("status", status));
        fields.addAll(more.entrySet());
        return fields;
    }
}
