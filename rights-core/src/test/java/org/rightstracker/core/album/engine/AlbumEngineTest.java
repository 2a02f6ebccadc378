package org.rightstracker.core.album.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlbumEngineTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final HolderFacts LABEL = new HolderFacts(90L, "Harbour Records", null);
    private static final HolderFacts MASTER_OWNER = new HolderFacts(1L, "Blue Note Masters", new BigDecimal("100"));
    private static final HolderFacts PUBLISHER_A = new HolderFacts(2L, "Alpha Music", new BigDecimal("50"));
    private static final HolderFacts PUBLISHER_B = new HolderFacts(3L, "Beta Songs", new BigDecimal("50"));
    /** 12.40 cents up to five minutes, 2.39 cents per started minute above. */
    private static final RateFacts STATUTORY =
            RateFacts.perUnit(USD, new BigDecimal("0.1240"), 300, new BigDecimal("0.0239"));

    private long nextRightId = 100;

    @ParameterizedTest(name = "{0} s costs {1} per unit")
    @CsvSource({
        // below, at and just above the five-minute threshold; then a long song where the minutes win
        "299, 0.1240",
        "300, 0.1240",
        "301, 0.1434",
        "360, 0.1434",
        "361, 0.1673",
        "600, 0.2390"
    })
    void theLongSongRuleChargesEveryStartedMinuteAboveTheThreshold(int seconds, String perUnit) {
        TrackVerdict track = only(album(STATUTORY, song(1, seconds, List.of())));

        assertThat(track.mechanicalPerUnit()).isEqualByComparingTo(perUnit);
        assertThat(track.mechanicalCurrency()).isEqualTo(USD);
    }

    @Test
    void aLongSongNeverCostsLessThanTheUnitRate() {
        RateFacts cheapMinutes = RateFacts.perUnit(USD, new BigDecimal("0.1240"), 300, new BigDecimal("0.0100"));

        assertThat(only(album(cheapMinutes, song(1, 400, List.of()))).mechanicalPerUnit())
                .isEqualByComparingTo("0.1240");
    }

    @Test
    void eachMechanicalShareCostsItsShareOfTheTrackRate() {
        TrackVerdict track = only(album(STATUTORY, song(1, 200, List.of())));

        assertThat(track.lines())
                .filteredOn(l -> l.required().kind() == AlbumRightKind.MECHANICAL)
                .extracting(TrackLine::mechanicalPerUnit)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.0620"), new BigDecimal("0.0620"));
    }

    @Test
    void thePercentageModelSharesTheDealerPricePercentageEquallyBetweenTracks() {
        RateFacts percent = RateFacts.percentOfDealerPrice(EUR, new BigDecimal("9.01"));
        AlbumFacts album = new AlbumFacts(
                "OST",
                LABEL,
                percent,
                new BigDecimal("10.00"),
                EUR,
                List.of(song(1, 200, List.of()), song(2, 400, List.of())));

        AlbumVerdict verdict = AlbumEngine.evaluate(album);

        // 9.01% of 10.00 is 0.901 per album, 0.4505 per track whatever its length.
        assertThat(verdict.tracks())
                .extracting(TrackVerdict::mechanicalPerUnit)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.4505"), new BigDecimal("0.4505"));
        assertThat(verdict.mechanicalPerUnit()).isEqualByComparingTo("0.9010");
        assertThat(verdict.mechanicalCurrency()).isEqualTo(EUR);
        assertThat(verdict.mechanicalCostComplete()).isTrue();
    }

    @Test
    void thePercentageModelWithoutADealerPriceLeavesTheCostUnknownButDoesNotBlockClearance() {
        RateFacts percent = RateFacts.percentOfDealerPrice(EUR, new BigDecimal("9.01"));
        TrackFacts cleared = song(1, 200, everythingLicensed());

        AlbumVerdict verdict =
                AlbumEngine.evaluate(new AlbumFacts("OST", LABEL, percent, null, null, List.of(cleared)));

        assertThat(verdict.tracks().get(0).mechanicalPerUnit()).isNull();
        assertThat(verdict.tracks().get(0).problems())
                .extracting(AlbumProblem::code)
                .containsExactly(AlbumProblemCode.NO_DEALER_PRICE);
        assertThat(verdict.mechanicalCostComplete()).isFalse();
        assertThat(verdict.cleared()).isTrue();
    }

    @Test
    void aTrackWithEveryLicenceAndApprovalIsCleared() {
        AlbumVerdict verdict = AlbumEngine.evaluate(album(STATUTORY, song(1, 200, everythingLicensed())));

        assertThat(verdict.cleared()).isTrue();
        assertThat(verdict.clearedTracks()).isEqualTo(1);
        assertThat(verdict.tracks().get(0).lines())
                .extracting(l -> l.required().kind())
                .containsExactly(
                        AlbumRightKind.MASTER,
                        AlbumRightKind.MECHANICAL,
                        AlbumRightKind.MECHANICAL,
                        AlbumRightKind.ARTIST_APPROVAL);
    }

    @Test
    void aMissingMechanicalForOneShareKeepsTheTrackUnclearedAndSaysWhose() {
        List<RightFacts> rights = new ArrayList<>(everythingLicensed());
        rights.removeIf(r -> r.kind() == AlbumRightKind.MECHANICAL && r.partyId() == 3L);

        TrackVerdict track = only(album(STATUTORY, song(1, 200, rights)));

        assertThat(track.cleared()).isFalse();
        assertThat(track.missing()).singleElement().satisfies(line -> {
            assertThat(line.required().kind()).isEqualTo(AlbumRightKind.MECHANICAL);
            assertThat(line.reason()).isEqualTo("No mechanical licence recorded from Beta Songs (50%).");
        });
        assertThat(track.problems()).extracting(AlbumProblem::code).containsExactly(AlbumProblemCode.RIGHT_MISSING);
    }

    @Test
    void aQuotedMechanicalIsPendingNotCleared() {
        List<RightFacts> rights = new ArrayList<>(everythingLicensed());
        rights.replaceAll(r -> r.kind() == AlbumRightKind.MECHANICAL && r.partyId() == 2L
                ? right(AlbumRightKind.MECHANICAL, 2L, "Alpha Music", AlbumRightStatus.QUOTED)
                : r);

        TrackVerdict track = only(album(STATUTORY, song(1, 200, rights)));

        assertThat(track.cleared()).isFalse();
        assertThat(track.missing())
                .singleElement()
                .extracting(TrackLine::reason)
                .isEqualTo("The mechanical licence from Alpha Music (50%) is quoted, not yet licensed.");
    }

    @Test
    void anArtistWhoIsNotTheLabelMustApprove() {
        List<RightFacts> rights = new ArrayList<>(everythingLicensed());
        rights.removeIf(r -> r.kind() == AlbumRightKind.ARTIST_APPROVAL);

        TrackVerdict track = only(album(STATUTORY, song(1, 200, rights)));

        assertThat(track.cleared()).isFalse();
        assertThat(track.missing())
                .singleElement()
                .extracting(TrackLine::reason)
                .isEqualTo("No artist approval recorded from The Quiet Harbour.");
    }

    @Test
    void anArtistWhoIsTheLabelNeedsNoApproval() {
        HolderFacts artistsOwnLabel = new HolderFacts(91L, "the quiet harbour ", null);
        List<RightFacts> rights = new ArrayList<>(everythingLicensed());
        rights.removeIf(r -> r.kind() == AlbumRightKind.ARTIST_APPROVAL);

        AlbumVerdict verdict = AlbumEngine.evaluate(
                new AlbumFacts("OST", artistsOwnLabel, STATUTORY, null, null, List.of(song(1, 200, rights))));

        assertThat(verdict.tracks().get(0).lines())
                .extracting(l -> l.required().kind())
                .doesNotContain(AlbumRightKind.ARTIST_APPROVAL);
        assertThat(verdict.cleared()).isTrue();
    }

    @Test
    void aDeniedApprovalSaysItWasRefused() {
        List<RightFacts> rights = new ArrayList<>(everythingLicensed());
        rights.replaceAll(r -> r.kind() == AlbumRightKind.ARTIST_APPROVAL
                ? right(AlbumRightKind.ARTIST_APPROVAL, null, "the quiet harbour", AlbumRightStatus.DENIED)
                : r);

        TrackVerdict track = only(album(STATUTORY, song(1, 200, rights)));

        assertThat(track.problems()).extracting(AlbumProblem::code).containsExactly(AlbumProblemCode.RIGHT_DENIED);
        assertThat(track.missing())
                .singleElement()
                .extracting(TrackLine::reason)
                .isEqualTo("The Quiet Harbour refused the artist approval.");
    }

    @Test
    void aStudioOwnedScoreTrackNeedsOnlyTheStudiosApprovalAndCostsNoMechanicals() {
        HolderFacts studio = new HolderFacts(7L, "Northlight Pictures", null);
        TrackFacts score = new TrackFacts(
                5, 1, "Main Titles", 400, true, studio, false, List.of(), false, false, List.of(), null, List.of());

        TrackVerdict pending = only(album(STATUTORY, score));
        TrackVerdict approved = only(album(
                STATUTORY,
                withRights(
                        score,
                        List.of(right(
                                AlbumRightKind.STUDIO_APPROVAL,
                                7L,
                                "Northlight Pictures",
                                AlbumRightStatus.APPROVED)))));

        assertThat(pending.lines())
                .extracting(l -> l.required().kind())
                .containsExactly(AlbumRightKind.STUDIO_APPROVAL);
        assertThat(pending.cleared()).isFalse();
        assertThat(pending.problems()).extracting(AlbumProblem::code).containsExactly(AlbumProblemCode.RIGHT_MISSING);
        assertThat(approved.cleared()).isTrue();
        assertThat(approved.mechanicalPerUnit()).isEqualByComparingTo("0");
    }

    @Test
    void aScoreTrackTheStudioDoesNotOwnNeedsItsMasterAndMechanicalsLikeASong() {
        TrackFacts score = new TrackFacts(
                5,
                1,
                "Main Titles",
                200,
                false,
                null,
                true,
                List.of(MASTER_OWNER),
                true,
                false,
                List.of(new HolderFacts(4L, "Composer Music", new BigDecimal("100"))),
                null,
                List.of());

        assertThat(only(album(STATUTORY, score)).lines())
                .extracting(l -> l.required().kind())
                .containsExactly(AlbumRightKind.MASTER, AlbumRightKind.MECHANICAL);
    }

    @Test
    void unknownOwnershipBlocksTheTrackWithASentence() {
        TrackFacts unknown = new TrackFacts(
                5, 1, "Found Sound", 200, false, null, false, List.of(), false, false, List.of(), null, List.of());

        TrackVerdict track = only(album(STATUTORY, unknown));

        assertThat(track.cleared()).isFalse();
        assertThat(track.problems())
                .extracting(AlbumProblem::code)
                .containsExactly(AlbumProblemCode.NO_RECORDING, AlbumProblemCode.NO_WORK);
    }

    @Test
    void sharesShortOfAHundredPercentAreReported() {
        TrackFacts partial = new TrackFacts(
                5,
                1,
                "Half Known",
                200,
                false,
                null,
                true,
                List.of(new HolderFacts(1L, "Blue Note Masters", new BigDecimal("60"))),
                true,
                false,
                List.of(PUBLISHER_A),
                null,
                List.of());

        assertThat(only(album(STATUTORY, partial)).problems())
                .extracting(AlbumProblem::message)
                .contains(
                        "Master owners add up to 60%; the rest of the master has no known owner.",
                        "Publishers add up to 50%; the rest of the composition has no known publisher.");
    }

    @Test
    void aPublicDomainCompositionNeedsNoMechanicalAndCostsNothing() {
        TrackFacts publicDomain = new TrackFacts(
                5,
                1,
                "Greensleeves",
                200,
                false,
                null,
                true,
                List.of(MASTER_OWNER),
                true,
                true,
                List.of(),
                null,
                List.of(right(AlbumRightKind.MASTER, 1L, "Blue Note Masters", AlbumRightStatus.LICENSED)));

        TrackVerdict track = only(album(STATUTORY, publicDomain));

        assertThat(track.cleared()).isTrue();
        assertThat(track.mechanicalPerUnit()).isEqualByComparingTo("0");
    }

    @Test
    void aTrackWithoutDurationHasNoCostUnderTheLongSongRuleAndTheTotalSaysItIsIncomplete() {
        AlbumVerdict verdict =
                AlbumEngine.evaluate(album(STATUTORY, song(1, null, List.of()), song(2, 200, List.of())));

        assertThat(verdict.tracks().get(0).mechanicalPerUnit()).isNull();
        assertThat(verdict.mechanicalPerUnit()).isEqualByComparingTo("0.1240");
        assertThat(verdict.mechanicalCostComplete()).isFalse();
    }

    @Test
    void albumTotalsAddTrackCostsAndMasterFlatFeesPerCurrency() {
        List<RightFacts> rights = new ArrayList<>(everythingLicensed());
        rights.replaceAll(r -> r.kind() == AlbumRightKind.MASTER
                ? new RightFacts(
                        r.id(),
                        r.kind(),
                        r.partyId(),
                        r.holderName(),
                        r.share(),
                        r.status(),
                        MasterFeeModel.FLAT_FEE,
                        new BigDecimal("1500.00"),
                        USD,
                        null)
                : r);

        AlbumVerdict verdict = AlbumEngine.evaluate(album(STATUTORY, song(1, 200, rights), song(2, 301, rights)));

        assertThat(verdict.mechanicalPerUnit()).isEqualByComparingTo("0.2674");
        assertThat(verdict.masterFlatFees()).extracting(Object::toString).containsExactly("USD 3,000.00");
    }

    @Test
    void anEmptyAlbumIsNotCleared() {
        AlbumVerdict verdict = AlbumEngine.evaluate(new AlbumFacts("OST", LABEL, STATUTORY, null, null, List.of()));

        assertThat(verdict.cleared()).isFalse();
        assertThat(verdict.problems()).extracting(AlbumProblem::code).containsExactly(AlbumProblemCode.NO_TRACKS);
    }

    private static AlbumFacts album(RateFacts rate, TrackFacts... tracks) {
        return new AlbumFacts("OST", LABEL, rate, null, null, List.of(tracks));
    }

    private static TrackVerdict only(AlbumFacts album) {
        return AlbumEngine.evaluate(album).tracks().get(0);
    }

    private static TrackFacts song(int position, Integer seconds, List<RightFacts> rights) {
        return new TrackFacts(
                position,
                position,
                "Song " + position,
                seconds,
                false,
                null,
                true,
                List.of(MASTER_OWNER),
                true,
                false,
                List.of(PUBLISHER_A, PUBLISHER_B),
                "The Quiet Harbour",
                rights);
    }

    private static TrackFacts withRights(TrackFacts track, List<RightFacts> rights) {
        return new TrackFacts(
                track.id(),
                track.position(),
                track.title(),
                track.durationSeconds(),
                track.studioOwnedScore(),
                track.studio(),
                track.hasRecording(),
                track.masterOwners(),
                track.hasWork(),
                track.publicDomain(),
                track.publishers(),
                track.artist(),
                rights);
    }

    private List<RightFacts> everythingLicensed() {
        return List.of(
                right(AlbumRightKind.MASTER, 1L, "Blue Note Masters", AlbumRightStatus.LICENSED),
                right(AlbumRightKind.MECHANICAL, 2L, "Alpha Music", AlbumRightStatus.LICENSED),
                right(AlbumRightKind.MECHANICAL, 3L, "Beta Songs", AlbumRightStatus.LICENSED),
                right(AlbumRightKind.ARTIST_APPROVAL, null, "The Quiet Harbour", AlbumRightStatus.APPROVED));
    }

    private RightFacts right(AlbumRightKind kind, Long partyId, String holder, AlbumRightStatus status) {
        return new RightFacts(nextRightId++, kind, partyId, holder, null, status, null, null, null, null);
    }
}
