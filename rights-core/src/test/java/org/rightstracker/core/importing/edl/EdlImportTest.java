package org.rightstracker.core.importing.edl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueInput;
import org.rightstracker.core.cue.CueService;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.licence.LicenceTerms;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.recording.RecordingInput;
import org.rightstracker.core.recording.RecordingService;
import org.rightstracker.core.service.TestCatalogue;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.FrameRate;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.core.work.Work;

@QuarkusTest
class EdlImportTest {

    static final LocalDate PLAN_START = LocalDate.now().plusMonths(3);
    private static final AtomicInteger ISRCS = new AtomicInteger();

    @Inject
    EdlImport edl;

    @Inject
    TestCatalogue catalogue;

    @Inject
    RecordingService recordings;

    @Inject
    LicenceService licences;

    @Inject
    CueService cueService;

    /** One audio event line with its clip-name comment. */
    static String event(int number, String clip, String in, String out) {
        return String.format(
                "%03d  AX       A     C        00:00:00:00 00:00:10:00 %s %s%n* FROM CLIP NAME: %s%n",
                number, in, out, clip);
    }

    static EdlUpload upload(String text) {
        return upload(text, Map.of());
    }

    static EdlUpload upload(String text, Map<String, Long> links) {
        return new EdlUpload("cut.edl", "TITLE: TEST CUT\nFCM: NON-DROP FRAME\n" + text, FrameRate.FPS_24, links);
    }

    private Recording song(boolean withIsrc) {
        Party label = catalogue.organisation("Label", PartyRole.RECORD_LABEL);
        Work work = catalogue.work(
                catalogue.person("Writer"),
                List.of(TestCatalogue.publisher(catalogue.organisation("Publisher", PartyRole.PUBLISHER), "100")));
        String isrc = withIsrc ? String.format("GBEDL%02d%05d", 26, ISRCS.incrementAndGet()) : null;
        return recordings.create(new RecordingInput(
                work.title + " Éclat",
                "Artist",
                isrc,
                2020,
                "3:00",
                work.id,
                null,
                List.of(new RecordingInput.Owner(label.id, "100"))));
    }

    private List<Cue> cuesOf(Production production) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Cue> cues = Cue.list("production.id = ?1 order by number", production.id);
            cues.forEach(c -> {
                if (c.recording != null) {
                    c.recording.title.length();
                }
            });
            return cues;
        });
    }

    @Test
    void firstImportNumbersNewCuesAndMatchesByTitleAndIsrcWhilePreviewWritesNothing() {
        Production film = catalogue.film(false, PLAN_START);
        Recording byTitle = song(false);
        Recording byIsrc = song(true);
        String text = event(1, byTitle.title.toUpperCase().replace("É", "E") + ".wav", "01:00:00:00", "01:00:30:00")
                + event(2, "Cue_" + byIsrc.isrc + ".wav", "01:02:00:00", "01:02:20:00")
                + event(3, "TEMP Score v3.wav", "02:00:00:00", "02:00:10:00");

        EdlPreview preview = edl.preview(film.id, upload(text));

        assertThat(preview.firstImport()).isTrue();
        assertThat(preview.cues())
                .extracting(EdlCuePlan::number, EdlCuePlan::action, EdlCuePlan::matchedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1M1", EdlAction.NEW, "title"),
                        org.assertj.core.groups.Tuple.tuple(
                                "1M2",
                                EdlAction.NEW,
                                "ISRC " + byIsrc.isrc.substring(0, 2) + "-" + byIsrc.isrc.substring(2, 5) + "-"
                                        + byIsrc.isrc.substring(5, 7) + "-" + byIsrc.isrc.substring(7)),
                        org.assertj.core.groups.Tuple.tuple("2M1", EdlAction.NEW, null));
        assertThat(preview.unmatched()).extracting(UnmatchedClip::clipName).containsExactly("TEMP Score v3.wav");
        assertThat(preview.cues().get(0).statusAfter()).isEqualTo("Not started");
        assertThat(preview.cues().get(0).consequences()).first().isEqualTo("Not started.");
        assertThat(preview.cues().get(0).consequences()).hasSizeGreaterThan(1);
        assertThat(cuesOf(film)).as("the preview wrote nothing").isEmpty();

        EdlImportResult result = edl.commit(film.id, upload(text), preview.basis());

        assertThat(result.created()).isEqualTo(3);
        List<Cue> cues = cuesOf(film);
        assertThat(cues)
                .extracting(c -> c.number, c -> c.title, c -> c.timecodeIn, c -> c.timecodeOut, c -> c.durationSeconds)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1M1", byTitle.title, "01:00:00:00", "01:00:30:00", 30),
                        org.assertj.core.groups.Tuple.tuple("1M2", byIsrc.title, "01:02:00:00", "01:02:20:00", 20),
                        org.assertj.core.groups.Tuple.tuple("2M1", "TEMP Score v3", "02:00:00:00", "02:00:10:00", 10));
        assertThat(cues.get(0).recording.id).isEqualTo(byTitle.id);
        assertThat(cues.get(2).recording).isNull();
    }

    @Test
    void aClipLinkedByTheSupervisorIsRememberedForTheNextImport() {
        Production first = catalogue.film(false, PLAN_START);
        Recording song = song(false);
        String clip = "Mystery clip " + ISRCS.incrementAndGet() + ".wav";
        String text = event(1, clip, "01:00:00:00", "01:00:10:00");
        EdlPreview unlinked = edl.preview(first.id, upload(text));
        String key = unlinked.unmatched().get(0).key();

        EdlPreview linked = edl.preview(first.id, upload(text, Map.of(key, song.id)));
        assertThat(linked.unmatched()).isEmpty();
        assertThat(linked.cues().get(0).matchedBy()).isEqualTo("linked now");
        assertThat(edl.commit(first.id, upload(text, Map.of(key, song.id)), linked.basis())
                        .aliasesRemembered())
                .isEqualTo(1);

        Production second = catalogue.film(false, PLAN_START);
        EdlPreview next = edl.preview(second.id, upload(event(1, clip.toUpperCase(), "01:00:00:00", "01:00:05:00")));
        assertThat(next.cues().get(0).matchedBy()).isEqualTo("remembered link");
        assertThat(next.cues().get(0).title()).isEqualTo(song.title);
    }

    @Test
    void aLinkToAnUnknownRecordingIsAnErrorOnTheClipsLine() {
        Production film = catalogue.film(false, PLAN_START);
        String text = event(1, "Nobody knows " + ISRCS.incrementAndGet(), "01:00:00:00", "01:00:10:00");
        String key = edl.preview(film.id, upload(text)).unmatched().get(0).key();

        EdlPreview preview = edl.preview(film.id, upload(text, Map.of(key, 987654321L)));

        assertThat(preview.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.error()).isTrue();
            assertThat(p.message()).contains("Recording 987654321");
        });
        assertThat(preview.canCommit()).isFalse();
        assertThatThrownBy(() -> edl.commit(film.id, upload(text, Map.of(key, 987654321L)), preview.basis()))
                .isInstanceOf(ValidationException.class);
        assertThat(cuesOf(film)).isEmpty();
    }

    @Test
    void aRecutIsAppliedAsNewRemovedRetimedAndChangedUsageWithTheEnginesConsequences() {
        Production film = catalogue.film(false, PLAN_START);
        Recording licensed = song(false);
        Recording usage = song(false);
        Recording dropped = song(false);
        Recording added = song(false);
        String cut1 = event(1, licensed.title, "01:00:00:00", "01:00:30:00")
                + event(2, usage.title, "01:02:00:00", "01:02:20:00")
                + event(3, dropped.title, "01:05:00:00", "01:05:10:00");
        edl.commit(film.id, upload(cut1), edl.preview(film.id, upload(cut1)).basis());
        Cue licensedCue = cuesOf(film).get(0);
        licenseEveryItem(licensedCue.id);

        String cut2 = event(1, licensed.title, "01:00:00:00", "01:00:45:00")
                + event(2, usage.title + " [VV]", "01:02:00:00", "01:02:20:00")
                + event(3, added.title, "01:10:00:00", "01:10:05:00");
        EdlPreview preview = edl.preview(film.id, upload(cut2));

        assertThat(preview.firstImport()).isFalse();
        EdlCuePlan retimed = row(preview, "1M1");
        assertThat(retimed.action()).isEqualTo(EdlAction.CHANGED);
        assertThat(retimed.changes())
                .containsExactly("retimed 01:00:00:00–01:00:30:00 (0:30) → 01:00:00:00–01:00:45:00 (0:45)");
        assertThat(retimed.statusBefore()).isEqualTo("Cleared");
        assertThat(retimed.consequences()).containsExactly("Clearance unchanged (Cleared).");
        EdlCuePlan usageRow = row(preview, "1M2");
        assertThat(usageRow.changes()).containsExactly("usage BI → VV");
        assertThat(usageRow.consequences()).containsExactly("Clearance unchanged (Not started).");
        EdlCuePlan removed = row(preview, "1M3");
        assertThat(removed.action()).isEqualTo(EdlAction.REMOVED);
        assertThat(removed.consequences()).containsExactly("Dropped from the cut: no longer counts towards clearance.");
        EdlCuePlan fresh = row(preview, "1M4");
        assertThat(fresh.action()).isEqualTo(EdlAction.NEW);
        assertThat(fresh.title()).isEqualTo(added.title);
        assertThat(cuesOf(film)).extracting(c -> c.durationSeconds).containsExactly(30, 20, 10);

        EdlImportResult result = edl.commit(film.id, upload(cut2), preview.basis());

        assertThat(result.summary()).contains("1 new cue(s), 2 changed, 1 removed (made inactive), 0 unchanged");
        List<Cue> cues = cuesOf(film);
        assertThat(cues)
                .extracting(c -> c.number, c -> c.durationSeconds, c -> c.usage, c -> c.active)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1M1", 45, CueUsage.BI, true),
                        org.assertj.core.groups.Tuple.tuple("1M2", 20, CueUsage.VV, true),
                        org.assertj.core.groups.Tuple.tuple("1M3", 10, CueUsage.BI, false),
                        org.assertj.core.groups.Tuple.tuple("1M4", 5, CueUsage.BI, true));
        assertThat(cues.get(0).id).as("the retimed cue is the same cue").isEqualTo(licensedCue.id);

        EdlPreview again = edl.preview(film.id, upload(cut2));
        assertThat(again.cues()).extracting(EdlCuePlan::action).containsOnly(EdlAction.UNCHANGED);
        assertThat(again.canCommit()).isFalse();
    }

    @Test
    void aDroppedClearedCueSaysItsLicencesStayOnFile() {
        Production film = catalogue.film(false, PLAN_START);
        Recording song = song(false);
        Recording other = song(false);
        String cut1 = event(1, song.title, "01:00:00:00", "01:00:30:00")
                + event(2, other.title, "01:01:00:00", "01:01:10:00");
        edl.commit(film.id, upload(cut1), edl.preview(film.id, upload(cut1)).basis());
        licenseEveryItem(cuesOf(film).get(0).id);

        EdlPreview preview = edl.preview(film.id, upload(event(2, other.title, "01:01:00:00", "01:01:10:00")));

        EdlCuePlan removed = row(preview, "1M1");
        assertThat(removed.statusBefore()).isEqualTo("Cleared");
        assertThat(removed.consequences())
                .containsExactly(
                        "Dropped from the cut: no longer counts towards clearance; its licences stay on file.");
    }

    @Test
    void aListWithErrorsAppliesNothing() {
        Production film = catalogue.film(false, PLAN_START);
        Recording song = song(false);
        String text = event(1, song.title, "01:00:00:00", "01:00:30:00")
                + "002  AX  A  C  00:00:00:00 00:00:10:00 01:00:10:00 01:00:00:00\n";

        EdlPreview preview = edl.preview(film.id, upload(text));
        assertThat(preview.errorCount()).isEqualTo(1);
        assertThat(preview.canCommit()).isFalse();

        assertThatThrownBy(() -> edl.commit(film.id, upload(text), preview.basis()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("1 error(s); nothing was applied");
        assertThat(cuesOf(film)).isEmpty();
    }

    @Test
    void aCueEditedAfterThePreviewStopsTheWholeCommit() {
        Production film = catalogue.film(false, PLAN_START);
        Recording a = song(false);
        Recording b = song(false);
        String cut1 = event(1, a.title, "01:00:00:00", "01:00:30:00") + event(2, b.title, "01:01:00:00", "01:01:10:00");
        edl.commit(film.id, upload(cut1), edl.preview(film.id, upload(cut1)).basis());
        String cut2 = event(1, a.title, "01:00:00:00", "01:00:40:00");
        EdlPreview preview = edl.preview(film.id, upload(cut2));
        Cue second = cuesOf(film).get(1);
        cueService.update(
                second.id,
                second.version,
                new CueInput(
                        second.number,
                        second.title,
                        second.origin,
                        CueUsage.VI,
                        second.timecodeIn,
                        second.timecodeOut,
                        null,
                        null,
                        "edited meanwhile",
                        null,
                        null,
                        second.work == null ? null : second.work.id,
                        second.recording.id,
                        true));

        assertThatThrownBy(() -> edl.commit(film.id, upload(cut2), preview.basis()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("1M2 (edited)")
                .hasMessageContaining("Nothing was applied");

        List<Cue> cues = cuesOf(film);
        assertThat(cues)
                .extracting(c -> c.durationSeconds, c -> c.active)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(30, true), org.assertj.core.groups.Tuple.tuple(10, true));
    }

    @Test
    void aMissingOrGarbledBasisIsRefusedNamingIt() {
        Production film = catalogue.film(false, PLAN_START);
        String text = event(1, "Anything", "01:00:00:00", "01:00:30:00");

        assertThatThrownBy(() -> edl.commit(film.id, upload(text), null))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("basis"));
        assertThatThrownBy(() -> edl.commit(film.id, upload(text), "12:x"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("basis"));
        assertThat(cuesOf(film)).isEmpty();
    }

    private static EdlCuePlan row(EdlPreview preview, String number) {
        return preview.cues().stream()
                .filter(c -> c.number().equals(number))
                .findFirst()
                .orElseThrow();
    }

    private void licenseEveryItem(long cueId) {
        List<Long> items = QuarkusTransaction.requiringNew()
                .call(() -> ClearanceItem.<ClearanceItem>list("cue.id", cueId).stream()
                        .map(i -> i.id)
                        .toList());
        for (long itemId : items) {
            ClearanceItem item = catalogue.item(itemId);
            licences.updateTerms(
                    itemId,
                    item.version,
                    new LicenceTerms(
                            "USD",
                            null,
                            null,
                            false,
                            false,
                            null,
                            "ALL_MEDIA",
                            "WORLD",
                            "",
                            PLAN_START,
                            null,
                            null,
                            null));
            move(itemId, LicenceStatus.REQUESTED, LicenceStep.on(null));
            move(itemId, LicenceStatus.QUOTED, LicenceStep.quote(null, "1000", "USD"));
            move(itemId, LicenceStatus.APPROVED, LicenceStep.agree(null, "1000"));
            move(itemId, LicenceStatus.LICENSED, LicenceStep.on(null));
        }
    }

    private void move(long itemId, LicenceStatus target, LicenceStep step) {
        licences.move(itemId, catalogue.item(itemId).version, target, step);
    }
}
