package org.rightstracker.core.clearance.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightstracker.core.clearance.engine.Facts.holder;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.shared.Share;

class RequiredItemsTest {

    private static final List<Holder> NONE = List.of();

    @Test
    void soundtrackWithSplitPublishersAndALabelNeedsASyncItemPerPublisherAndAMasterItem() {
        List<RequiredItem> items = RequiredItems.derive(
                CueOrigin.SOUNDTRACK,
                false,
                false,
                NONE,
                List.of(holder(1, "Publisher A", "50"), holder(2, "Publisher B", "50")),
                List.of(holder(3, "Label L", "100")));

        assertThat(items)
                .containsExactly(
                        new RequiredItem(1, ClearanceSide.SYNC, Share.of("50"), null),
                        new RequiredItem(2, ClearanceSide.SYNC, Share.of("50"), null),
                        new RequiredItem(3, ClearanceSide.MASTER, null, Share.FULL));
    }

    @Test
    void libraryTrackControlledByOneLicensorNeedsOneOneStopItem() {
        List<RequiredItem> items = RequiredItems.derive(
                CueOrigin.LIBRARY,
                false,
                false,
                NONE,
                List.of(holder(7, "Cue Library Ltd", "100")),
                List.of(holder(7, "Cue Library Ltd", "100")));

        assertThat(items).containsExactly(new RequiredItem(7, ClearanceSide.ONE_STOP, Share.FULL, Share.FULL));
    }

    @Test
    void partyOnBothSidesGetsOneOneStopItemCarryingEachOfItsShares() {
        List<RequiredItem> items = RequiredItems.derive(
                CueOrigin.SOUNDTRACK,
                false,
                false,
                NONE,
                List.of(holder(2, "Publisher B", "30"), holder(1, "Major Music", "70")),
                List.of(holder(1, "Major Music", "100")));

        assertThat(items)
                .containsExactly(
                        new RequiredItem(2, ClearanceSide.SYNC, Share.of("30"), null),
                        new RequiredItem(1, ClearanceSide.ONE_STOP, Share.of("70"), Share.FULL));
    }

    @Test
    void masterOnlyItemsFollowTheSyncItemsInMasterOwnerOrder() {
        List<RequiredItem> items = RequiredItems.derive(
                CueOrigin.SOUNDTRACK,
                false,
                false,
                NONE,
                List.of(holder(1, "Publisher A", "100")),
                List.of(holder(5, "Label Y", "40"), holder(4, "Label X", "60")));

        assertThat(items).extracting(RequiredItem::partyId).containsExactly(1L, 5L, 4L);
    }

    @Test
    void publicDomainOriginNeedsNoSyncItemButStillLicensesTheRecording() {
        List<RequiredItem> items = RequiredItems.derive(
                CueOrigin.PUBLIC_DOMAIN,
                false,
                false,
                NONE,
                List.of(holder(1, "Arranger Publishing", "100")),
                List.of(holder(3, "Label L", "100")));

        assertThat(items).containsExactly(new RequiredItem(3, ClearanceSide.MASTER, null, Share.FULL));
    }

    @Test
    void publicDomainFlagOnASoundtrackWorkAlsoDropsTheSyncSide() {
        List<RequiredItem> items = RequiredItems.derive(
                CueOrigin.SOUNDTRACK,
                true,
                false,
                NONE,
                List.of(holder(1, "Publisher A", "100")),
                List.of(holder(1, "Publisher A", "100")));

        assertThat(items).containsExactly(new RequiredItem(1, ClearanceSide.MASTER, null, Share.FULL));
    }

    @Test
    void scoreOwnedByTheStudioNeedsNoItem() {
        List<RequiredItem> items = RequiredItems.derive(
                CueOrigin.SCORE, false, true, List.of(holder(9, "Jane Composer", "100")), NONE, NONE);

        assertThat(items).isEmpty();
    }

    @Test
    void scoreNotOwnedByTheStudioNeedsOneComposerAgreementWithTheLeadWriter() {
        List<RequiredItem> items = RequiredItems.derive(
                CueOrigin.SCORE,
                false,
                false,
                List.of(holder(8, "Co Writer", "40"), holder(9, "Jane Composer", "60")),
                NONE,
                NONE);

        assertThat(items)
                .containsExactly(new RequiredItem(9, ClearanceSide.COMPOSER_AGREEMENT, Share.FULL, Share.FULL));
    }

    @Test
    void originalSongWithEqualWritersSignsWithTheFirstListed() {
        List<RequiredItem> items = RequiredItems.derive(
                CueOrigin.ORIGINAL_SONG,
                false,
                false,
                List.of(holder(8, "First Writer", "50"), holder(9, "Second Writer", "50")),
                NONE,
                NONE);

        assertThat(items).extracting(RequiredItem::partyId).containsExactly(8L);
    }

    @Test
    void commissionedCueWithoutWritersNeedsNoItemBecauseThereIsNobodyToSignWith() {
        assertThat(RequiredItems.derive(CueOrigin.SCORE, false, false, NONE, NONE, NONE))
                .isEmpty();
    }

    @Test
    void samePartyListedTwiceOnASideGetsOneItemForItsSummedShare() {
        List<RequiredItem> items = RequiredItems.derive(
                CueOrigin.SOUNDTRACK,
                false,
                false,
                NONE,
                List.of(holder(1, "Publisher A", "25"), holder(2, "Publisher B", "50"), holder(1, "Publisher A", "25")),
                List.of(holder(3, "Label L", "60"), holder(3, "Label L", "40")));

        assertThat(items)
                .containsExactly(
                        new RequiredItem(1, ClearanceSide.SYNC, Share.of("50"), null),
                        new RequiredItem(2, ClearanceSide.SYNC, Share.of("50"), null),
                        new RequiredItem(3, ClearanceSide.MASTER, null, Share.FULL));
    }

    @Test
    void holderWithAZeroShareNeedsNoItem() {
        List<RequiredItem> items = RequiredItems.derive(
                CueOrigin.SOUNDTRACK,
                false,
                false,
                NONE,
                List.of(holder(1, "Publisher A", "100"), holder(2, "Admin Only", "0")),
                List.of(holder(3, "Label L", "100")));

        assertThat(items).extracting(RequiredItem::partyId).containsExactly(1L, 3L);
    }
}
