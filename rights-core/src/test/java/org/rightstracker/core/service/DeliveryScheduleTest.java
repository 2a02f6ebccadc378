package org.rightstracker.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightstracker.core.service.TestCatalogue.publisher;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.album.Album;
import org.rightstracker.core.album.AlbumInput;
import org.rightstracker.core.album.AlbumService;
import org.rightstracker.core.album.AlbumTrackService;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cuesheet.CueSheetRevisionService;
import org.rightstracker.core.delivery.DeliveryChecklist;
import org.rightstracker.core.delivery.DeliveryChecklist.Status;
import org.rightstracker.core.delivery.DeliverySchedule;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.licence.LicenceTerms;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.score.ScoreInputs;
import org.rightstracker.core.score.ScoreService;
import org.rightstracker.core.signoff.SignOffService;
import org.rightstracker.core.work.Work;

@QuarkusTest
class DeliveryScheduleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Inject
    TestCatalogue catalogue;

    @Inject
    DeliverySchedule schedule;

    @Inject
    ScoreService score;

    @Inject
    LicenceService licences;

    @Inject
    CueSheetRevisionService revisions;

    @Inject
    SignOffService signOffs;

    @Inject
    AlbumService albums;

    @Inject
    AlbumTrackService tracks;

    @Test
    void aFreshProductionSaysExactlyWhatIsMissingOnEveryLine() {
        Production film = catalogue.film(false, ClearanceWorkflowTest.PLAN_START);
        Work theme = catalogue.work(catalogue.person("Composer"), List.of());
        Cue scoreCue = catalogue.cue(film, "1M1", CueOrigin.SCORE, theme, null);
        Cue unlinked = catalogue.cue(film, "1M3", CueOrigin.SCORE, null, null);
        Cue song = songCue(film);

        DeliveryChecklist checklist = schedule.load(film.id, TODAY);

        assertThat(checklist.lines())
                .extracting(DeliveryChecklist.Line::key, DeliveryChecklist.Line::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DeliverySchedule.CUE_SHEET, Status.MISSING),
                        org.assertj.core.groups.Tuple.tuple(DeliverySchedule.COMPOSER_AGREEMENT, Status.MISSING),
                        org.assertj.core.groups.Tuple.tuple(DeliverySchedule.LICENCES, Status.MISSING),
                        org.assertj.core.groups.Tuple.tuple(DeliverySchedule.SCORE_DELIVERABLES, Status.MISSING),
                        org.assertj.core.groups.Tuple.tuple(DeliverySchedule.SIGN_OFF, Status.MISSING),
                        org.assertj.core.groups.Tuple.tuple(DeliverySchedule.ALBUM_LABEL_COPY, Status.NOT_NEEDED));
        assertThat(checklist.complete()).isFalse();
        assertThat(line(checklist, DeliverySchedule.COMPOSER_AGREEMENT).missing())
                .extracting(DeliveryChecklist.Link::label, DeliveryChecklist.Link::href)
                .satisfiesExactly(
                        unlinkedLine -> assertThat(unlinkedLine.toList())
                                .containsExactly(
                                        "1M3: no composer agreement to execute; link the cue's work and its composer",
                                        "/cues/" + unlinked.id),
                        agreement -> {
                            assertThat((String) agreement.toList().get(0))
                                    .startsWith("1M1 Composer agreement")
                                    .endsWith("not requested, not executed");
                            assertThat(agreement.toList().get(1)).isEqualTo("/cues/" + scoreCue.id);
                        });
        assertThat(line(checklist, DeliverySchedule.LICENCES).missing())
                .extracting(DeliveryChecklist.Link::href)
                .containsExactly("/cues/" + song.id);
        assertThat(line(checklist, DeliverySchedule.SCORE_DELIVERABLES).missing())
                .extracting(DeliveryChecklist.Link::label)
                .containsExactly(
                        "1M1: Full score, Parts, Mix, Stems, M&E stem missing",
                        "1M3: Full score, Parts, Mix, Stems, M&E stem missing");
        assertThat(line(checklist, DeliverySchedule.ALBUM_LABEL_COPY).summary()).startsWith("No album");
    }

    @Test
    void eachLineIsProvedByTheRecordItLinksTo() {
        Production film = catalogue.film(true, ClearanceWorkflowTest.PLAN_START);
        Cue scoreCue = catalogue.cue(film, "1M1", CueOrigin.SCORE, null, null);
        Cue song = songCue(film);
        ClearanceItem sync = catalogue.reload(song.id).items.get(0);
        licenseWithSignedCopy(sync);
        score.updatePlan(film.id, film.version, new ScoreInputs.Plan(null, List.of("Full score")));
        score.attachDeliverable(scoreCue.id, "Full score", "1M1.pdf", "application/pdf", bytes("%PDF-1.4"));
        revisions.issue(
                film.id,
                1,
                "Maria Editor",
                Instant.parse("2026-05-30T10:00:00Z"),
                new CueSheetRevisionService.IssuedContents(2, 90, 0),
                "cue-sheet-1.pdf",
                "%PDF-1.4 cue sheet".getBytes(StandardCharsets.UTF_8));
        signOffs.record(
                film.id,
                1,
                new SignOffService.Signing("Paul Producer", "Producer", false, null),
                Instant.parse("2026-05-31T10:00:00Z"),
                new SignOffService.SignedFigures(true, 2, 2, new BigDecimal("100.0")),
                "sign-off-1.pdf",
                "%PDF-1.4 sign-off".getBytes(StandardCharsets.UTF_8));

        DeliveryChecklist checklist = schedule.load(film.id, TODAY);

        assertThat(checklist.complete()).isTrue();
        assertThat(line(checklist, DeliverySchedule.CUE_SHEET).proofs())
                .extracting(DeliveryChecklist.Link::href)
                .containsExactly("/productions/" + film.id + "/reports/cue-sheet/revisions/1.pdf");
        assertThat(line(checklist, DeliverySchedule.CUE_SHEET).summary())
                .isEqualTo("Revision 1 issued 2026-05-30 by Maria Editor (locked).");
        assertThat(line(checklist, DeliverySchedule.COMPOSER_AGREEMENT).status())
                .isEqualTo(Status.NOT_NEEDED);
        assertThat(line(checklist, DeliverySchedule.LICENCES).proofs())
                .extracting(DeliveryChecklist.Link::href)
                .containsExactly("/cues/" + song.id);
        assertThat(line(checklist, DeliverySchedule.SCORE_DELIVERABLES).summary())
                .startsWith("1 of 1 deliverables present");
        assertThat(line(checklist, DeliverySchedule.SIGN_OFF).proofs())
                .extracting(DeliveryChecklist.Link::href)
                .containsExactly("/productions/" + film.id + "/reports/sign-offs/1.pdf");
    }

    @Test
    void anAlbumNeedsItsLabelCopyAndEachGapLinksToTheAlbum() {
        Production film = catalogue.film(true, ClearanceWorkflowTest.PLAN_START);
        Cue song = songCue(film);
        Album album = albums.create(
                film.id, new AlbumInput("Delivery OST", null, null, null, null, null, null, null, null, null));
        tracks.addCue(album.id, album.version, song.id);

        DeliveryChecklist.Line line = line(schedule.load(film.id, TODAY), DeliverySchedule.ALBUM_LABEL_COPY);

        assertThat(line.status()).isEqualTo(Status.MISSING);
        assertThat(line.proofs())
                .extracting(DeliveryChecklist.Link::href)
                .containsExactly("/albums/" + album.id + "/label-copy");
        assertThat(line.missing()).isNotEmpty().allSatisfy(gap -> {
            assertThat(gap.label()).startsWith("Delivery OST");
            assertThat(gap.href()).isEqualTo("/productions/" + film.id + "/albums/" + album.id);
        });
        // The ℗ line is one of the gaps the label copy names.
        assertThat(line.missing()).extracting(DeliveryChecklist.Link::label).anyMatch(l -> l.contains("\u2117"));
    }

    @Test
    void aLicenceExecutedWithoutItsSignedCopyIsStillMissing() {
        Production film = catalogue.film(true, ClearanceWorkflowTest.PLAN_START);
        Cue song = songCue(film);
        ClearanceItem sync = catalogue.reload(song.id).items.get(0);
        approve(sync);
        licences.license(sync.id, catalogue.item(sync.id).version, LicenceStep.on(TODAY), null);

        assertThat(catalogue.item(sync.id).status).isEqualTo(LicenceStatus.LICENSED);
        assertThat(line(schedule.load(film.id, TODAY), DeliverySchedule.LICENCES)
                        .missing())
                .extracting(DeliveryChecklist.Link::label)
                .singleElement()
                .satisfies(label -> assertThat(label).endsWith("licensed, but no signed licence is attached"));
    }

    private Cue songCue(Production film) {
        Party only = catalogue.organisation("Delivery Publisher", PartyRole.PUBLISHER);
        Work work = catalogue.work(catalogue.person("Writer"), List.of(publisher(only, "100")));
        return catalogue.cue(film, "1M2", CueOrigin.SOUNDTRACK, work, null);
    }

    private void licenseWithSignedCopy(ClearanceItem item) {
        approve(item);
        licences.license(
                item.id,
                catalogue.item(item.id).version,
                LicenceStep.on(TODAY),
                new LicenceService.SignedLicence("signed.pdf", "application/pdf", null, bytes("%PDF-1.4 signed")));
    }

    private void approve(ClearanceItem item) {
        licences.move(item.id, item.version, LicenceStatus.REQUESTED, LicenceStep.on(TODAY));
        licences.move(
                item.id,
                catalogue.item(item.id).version,
                LicenceStatus.QUOTED,
                LicenceStep.quote(TODAY, "4000", "USD"));
        licences.move(item.id, catalogue.item(item.id).version, LicenceStatus.APPROVED, LicenceStep.on(TODAY));
        licences.updateTerms(
                item.id,
                catalogue.item(item.id).version,
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
                        ClearanceWorkflowTest.PLAN_START,
                        null,
                        null,
                        null));
    }

    private static DeliveryChecklist.Line line(DeliveryChecklist checklist, String key) {
        return checklist.lines().stream()
                .filter(l -> l.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
