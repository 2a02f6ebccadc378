package org.rightstracker.core.album;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.album.engine.AlbumRightKind;
import org.rightstracker.core.album.engine.AlbumRightStatus;
import org.rightstracker.core.album.engine.AlbumVerdict;
import org.rightstracker.core.album.engine.MasterFeeModel;
import org.rightstracker.core.album.engine.RateModel;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.service.TestCatalogue;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.core.work.Work;

@QuarkusTest
class AlbumServiceTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Inject
    TestCatalogue catalogue;

    @Inject
    AlbumService albums;

    @Inject
    AlbumTrackService tracks;

    @Inject
    AlbumRightService rights;

    @Inject
    MechanicalRateService rates;

    @Test
    void aNewAlbumTakesTheDefaultRateSeededByTheMigration() {
        Production film = catalogue.film(false, START);

        Album album = albums.create(film.id, input("Original Soundtrack", "036000291452"));

        String rate = QuarkusTransaction.requiringNew().call(() -> Album.<Album>findById(album.id).mechanicalRate.name);
        assertThat(rate).isEqualTo("Statutory-style per unit");
        assertThat(album.gtin).isEqualTo("036000291452");
    }

    @Test
    void aWrongCheckDigitIsRefusedUnderTheGtinFieldAndNothingIsStored() {
        Production film = catalogue.film(false, START);
        long before = Album.count();

        assertThatThrownBy(() -> albums.create(film.id, input("OST", "036000291453")))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).errors())
                .isEqualTo(List.of(new FieldError("gtin", "UPC/EAN 036000291453 has check digit 3; expected 2.")));
        assertThat(Album.count()).isEqualTo(before);
    }

    @Test
    void aSongTrackNeedsItsMasterItsMechanicalsAndTheArtistsApproval() {
        Production film = catalogue.film(false, START);
        Party label = catalogue.organisation("Harbour Records", PartyRole.RECORD_LABEL);
        Party alpha = catalogue.organisation("Alpha Music", PartyRole.PUBLISHER);
        Party beta = catalogue.organisation("Beta Songs", PartyRole.PUBLISHER);
        Work work = catalogue.work(
                catalogue.person("Writer"),
                List.of(TestCatalogue.publisher(alpha, "50"), TestCatalogue.publisher(beta, "50")));
        Recording recording = catalogue.recording(work, label, "100");
        Cue cue = catalogue.cue(film, "1M1", CueOrigin.SOUNDTRACK, work, recording);
        Album album = albums.create(film.id, input("OST", null));

        AlbumTrack track = tracks.addCue(album.id, album.version, cue.id);

        List<String> needed = QuarkusTransaction.requiringNew()
                .call(() -> AlbumTrack.<AlbumTrack>findById(track.id).rights.stream()
                        .map(r -> r.kind + " " + r.holderName
                                + (r.share == null
                                        ? ""
                                        : " " + r.share.stripTrailingZeros().toPlainString()))
                        .toList());
        assertThat(needed)
                .containsExactly(
                        "MASTER " + label.name + " 100",
                        "MECHANICAL " + alpha.name + " 50",
                        "MECHANICAL " + beta.name + " 50",
                        "ARTIST_APPROVAL Artist");
        // The recording is three minutes; the cue only uses 45 seconds of it.
        assertThat(track.durationSeconds).isEqualTo(180);
        assertThat(track.position).isEqualTo(1);
    }

    @Test
    void licensingEveryRightClearsTheTrackAndOneMissingMechanicalKeepsItOpen() {
        Production film = catalogue.film(false, START);
        Party label = catalogue.organisation("Harbour Records", PartyRole.RECORD_LABEL);
        Party alpha = catalogue.organisation("Alpha Music", PartyRole.PUBLISHER);
        Party beta = catalogue.organisation("Beta Songs", PartyRole.PUBLISHER);
        Work work = catalogue.work(
                catalogue.person("Writer"),
                List.of(TestCatalogue.publisher(alpha, "50"), TestCatalogue.publisher(beta, "50")));
        Cue cue = catalogue.cue(film, "1M1", CueOrigin.SOUNDTRACK, work, catalogue.recording(work, label, "100"));
        Album album = albums.create(film.id, input("OST", null));
        AlbumTrack track = tracks.addCue(album.id, album.version, cue.id);
        List<AlbumRight> derived = rightsOf(track.id);

        for (AlbumRight right : derived) {
            if (right.kind == AlbumRightKind.MECHANICAL && right.holderName.equals(beta.name)) {
                continue;
            }
            boolean master = right.kind == AlbumRightKind.MASTER;
            rights.update(
                    right.id,
                    right.version,
                    new AlbumRightInput(
                            right.kind.isApproval() ? AlbumRightStatus.APPROVED : AlbumRightStatus.LICENSED,
                            master ? MasterFeeModel.FLAT_FEE : null,
                            master ? "2,500.00" : null,
                            master ? "USD" : null,
                            null,
                            null));
        }
        AlbumVerdict open = albums.verdict(album.id);
        AlbumRight betaRight = derived.stream()
                .filter(r -> r.holderName.equals(beta.name))
                .findFirst()
                .orElseThrow();
        rights.update(
                betaRight.id,
                betaRight.version,
                new AlbumRightInput(AlbumRightStatus.LICENSED, null, null, null, null, null));
        AlbumVerdict cleared = albums.verdict(album.id);

        assertThat(open.cleared()).isFalse();
        assertThat(open.tracks().get(0).missing())
                .singleElement()
                .extracting(l -> l.reason())
                .isEqualTo("The mechanical licence from " + beta.name + " (50%) is not requested, not yet licensed.");
        assertThat(cleared.cleared()).isTrue();
        assertThat(cleared.masterFlatFees()).extracting(Object::toString).containsExactly("USD 2,500.00");
        // Three minutes is under the seeded five-minute threshold: the plain unit rate.
        assertThat(cleared.mechanicalPerUnit()).isEqualByComparingTo("0.1240");
    }

    @Test
    void aMechanicalHasNoFeeOfItsOwnAndAnApprovalIsNotLicensed() {
        Production film = catalogue.film(false, START);
        Party label = catalogue.organisation("Harbour Records", PartyRole.RECORD_LABEL);
        Party alpha = catalogue.organisation("Alpha Music", PartyRole.PUBLISHER);
        Work work = catalogue.work(catalogue.person("Writer"), List.of(TestCatalogue.publisher(alpha, "100")));
        Cue cue = catalogue.cue(film, "1M1", CueOrigin.SOUNDTRACK, work, catalogue.recording(work, label, "100"));
        Album album = albums.create(film.id, input("OST", null));
        AlbumTrack track = tracks.addCue(album.id, album.version, cue.id);
        AlbumRight mechanical = rightOf(track.id, AlbumRightKind.MECHANICAL);
        AlbumRight approval = rightOf(track.id, AlbumRightKind.ARTIST_APPROVAL);

        assertThatThrownBy(() -> rights.update(
                        mechanical.id,
                        mechanical.version,
                        new AlbumRightInput(
                                AlbumRightStatus.QUOTED, MasterFeeModel.FLAT_FEE, "100", "USD", null, null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("feeModel: Only a master licence has a fee or a royalty");
        assertThatThrownBy(() -> rights.update(
                        approval.id,
                        approval.version,
                        new AlbumRightInput(AlbumRightStatus.LICENSED, null, null, null, null, null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(
                        "status: Artist approval cannot be licensed; choose one of: Not requested, Requested, Approved, Denied.");
        assertThat(rightOf(track.id, AlbumRightKind.MECHANICAL).status).isEqualTo(AlbumRightStatus.NOT_REQUESTED);
    }

    @Test
    void aStudioOwnedScoreCueBecomesATrackNeedingOnlyTheStudiosApproval() {
        Production film = catalogue.film(true, START);
        Cue score = catalogue.cue(film, "1M1", CueOrigin.SCORE, null, null);
        Album album = albums.create(film.id, input("OST", null));

        AlbumTrack track = tracks.addCue(album.id, album.version, score.id);

        assertThat(rightsOf(track.id)).extracting(r -> r.kind).containsExactly(AlbumRightKind.STUDIO_APPROVAL);
        assertThat(track.durationSeconds).isEqualTo(45);
    }

    @Test
    void aCueOfAnotherProductionIsRefusedUnderTheCueField() {
        Production film = catalogue.film(false, START);
        Production other = catalogue.film(false, START);
        Cue foreign = catalogue.cue(other, "1M1", CueOrigin.SCORE, null, null);
        Album album = albums.create(film.id, input("OST", null));

        assertThatThrownBy(() -> tracks.addCue(album.id, album.version, foreign.id))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).errors().get(0).field())
                .isEqualTo("cueId");
    }

    @Test
    void tracksMoveAndLeaveKeepingTheirNumbersInOrderAndAStaleListIsRefused() {
        Production film = catalogue.film(false, START);
        Album album = albums.create(film.id, input("OST", null));
        AlbumTrack first =
                tracks.addCue(album.id, album.version, catalogue.cue(film, "1M1", CueOrigin.SCORE, null, null).id);
        AlbumTrack second =
                tracks.addCue(album.id, version(album.id), catalogue.cue(film, "1M2", CueOrigin.SCORE, null, null).id);
        AlbumTrack third =
                tracks.addCue(album.id, version(album.id), catalogue.cue(film, "1M3", CueOrigin.SCORE, null, null).id);
        long staleVersion = version(album.id);

        tracks.move(third.id, staleVersion, AlbumTrackService.Move.UP);
        assertThat(titles(album.id)).containsExactly("1. Cue 1M1", "2. Cue 1M3", "3. Cue 1M2");
        assertThatThrownBy(() -> tracks.remove(first.id, staleVersion)).isInstanceOf(ConflictException.class);
        tracks.remove(first.id, version(album.id));
        assertThat(titles(album.id)).containsExactly("1. Cue 1M3", "2. Cue 1M2");
        assertThatThrownBy(() -> tracks.move(second.id, version(album.id), AlbumTrackService.Move.DOWN))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("cannot move down");
    }

    @Test
    void theDurationCanBeEditedAndAnUnreadableOneIsRefusedUnderItsField() {
        Production film = catalogue.film(false, START);
        Album album = albums.create(film.id, input("OST", null));
        AlbumTrack track =
                tracks.addCue(album.id, album.version, catalogue.cue(film, "1M1", CueOrigin.SCORE, null, null).id);

        AlbumTrack edited = tracks.update(track.id, track.version, "Main Titles (Album Version)", "5:01");

        assertThat(edited.durationSeconds).isEqualTo(301);
        assertThatThrownBy(() -> tracks.update(track.id, edited.version, "Main Titles", "five minutes"))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).errors().get(0).field())
                .isEqualTo("duration");
    }

    @Test
    void labelCopyReadinessSaysWhetherThereIsAnAlbumAndWhatItsLabelCopyLacks() {
        Production film = catalogue.film(false, START);
        assertThat(albums.labelCopyReadiness(film.id)).isEqualTo(new LabelCopyReadiness(false, false, List.of()));

        Party label = catalogue.organisation("Harbour Records", PartyRole.RECORD_LABEL);
        Work work = catalogue.work(
                catalogue.person("Writer"),
                List.of(TestCatalogue.publisher(catalogue.organisation("Alpha Music", PartyRole.PUBLISHER), "100")));
        Cue cue = catalogue.cue(film, "1M1", CueOrigin.SOUNDTRACK, work, catalogue.recording(work, label, "100"));
        Album album = albums.create(
                film.id,
                new AlbumInput("OST", label.id, null, "HR-001", null, "\u2117 2026 Harbour", null, null, null, null));
        tracks.addCue(album.id, album.version, cue.id);

        LabelCopyReadiness readiness = albums.labelCopyReadiness(film.id);
        assertThat(readiness.hasAlbum()).isTrue();
        assertThat(readiness.complete()).isFalse();
        // The test recording has no ISRC; the album has no © line.
        assertThat(readiness.missing())
                .containsExactly("OST: The album has no \u00a9 line.", "OST: Track 1 (" + cue.title + "): no ISRC");
    }

    @Test
    void aRateWithHalfALongSongRuleIsRefusedAndANewDefaultReplacesTheOld() {
        assertThatThrownBy(() -> rates.create(new MechanicalRateInput(
                        TestCatalogue.unique("Half rule"),
                        RateModel.PER_UNIT,
                        "USD",
                        "0.10",
                        "5:00",
                        null,
                        null,
                        false)))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).errors().get(0).field())
                .isEqualTo("perMinuteRate");

        MechanicalRate rate = rates.create(new MechanicalRateInput(
                TestCatalogue.unique("Percent"),
                RateModel.PERCENT_OF_DEALER_PRICE,
                "EUR",
                null,
                null,
                null,
                "9.01",
                true));
        try {
            assertThat(MechanicalRate.findDefault()).get().extracting(r -> r.id).isEqualTo(rate.id);
            assertThat(MechanicalRate.count("isDefault", true)).isEqualTo(1);
        } finally {
            // Other tests expect the seeded default.
            QuarkusTransaction.requiringNew().run(() -> {
                MechanicalRate.update("isDefault = false");
                MechanicalRate.update("isDefault = true where name = 'Statutory-style per unit'");
            });
        }
    }

    private static AlbumInput input(String title, String gtin) {
        return new AlbumInput(title, null, null, null, gtin, null, null, null, null, null);
    }

    private static long version(long albumId) {
        return QuarkusTransaction.requiringNew().call(() -> Album.<Album>findById(albumId).version);
    }

    private static List<String> titles(long albumId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Album.<Album>findById(albumId).tracks.stream()
                        .map(AlbumTrack::toString)
                        .toList());
    }

    private static List<AlbumRight> rightsOf(long trackId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<AlbumRight> list = AlbumTrack.<AlbumTrack>findById(trackId).rights;
            list.forEach(r -> r.holderName.length());
            return List.copyOf(list);
        });
    }

    private static AlbumRight rightOf(long trackId, AlbumRightKind kind) {
        return rightsOf(trackId).stream()
                .filter(r -> r.kind == kind)
                .findFirst()
                .orElseThrow();
    }
}
