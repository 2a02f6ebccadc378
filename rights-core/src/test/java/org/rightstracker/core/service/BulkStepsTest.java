package org.rightstracker.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rightstracker.core.service.TestCatalogue.publisher;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.document.Document;
import org.rightstracker.core.licence.BulkSteps;
import org.rightstracker.core.licence.BulkSteps.Entry;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.licence.LicenceTerms;
import org.rightstracker.core.licence.LicenceTimeline;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.core.work.Work;

@QuarkusTest
class BulkStepsTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    @Inject
    TestCatalogue catalogue;

    @Inject
    BulkSteps bulk;

    @Inject
    LicenceService licences;

    @Inject
    LicenceTimeline timeline;

    @Test
    void requestAllMovesTheFreshLicencesAndReportsTheStaleAndTheAlreadyRequestedWithTheirReasons() {
        List<ClearanceItem> items = songWithTwoPublishersAndALabel();
        ClearanceItem fresh = items.get(0);
        ClearanceItem stale = items.get(1);
        ClearanceItem requested = items.get(2);
        licences.updateTerms(stale.id, stale.version, contactOnly("Anna"));
        licences.move(requested.id, requested.version, LicenceStatus.REQUESTED, LicenceStep.on(MARCH_2));
        long requestedVersion = version(requested.id);

        BulkSteps.Result result = bulk.move(
                List.of(
                        new Entry(fresh.id, fresh.version),
                        new Entry(stale.id, stale.version),
                        new Entry(requested.id, requestedVersion)),
                LicenceStatus.REQUESTED,
                MARCH_2.plusDays(1),
                "all by one e-mail",
                null,
                false,
                item -> true);

        assertThat(result.moved()).extracting(BulkSteps.Outcome::itemId).containsExactly(fresh.id);
        assertThat(result.notMoved())
                .extracting(BulkSteps.Outcome::itemId, BulkSteps.Outcome::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                stale.id, "Changed by someone else since you chose it; open it to see the change."),
                        org.assertj.core.groups.Tuple.tuple(
                                requested.id, "It is requested, and cannot become requested."));
        ClearanceItem moved = catalogue.item(fresh.id);
        assertThat(moved.status).isEqualTo(LicenceStatus.REQUESTED);
        assertThat(moved.requestedOn).isEqualTo(MARCH_2.plusDays(1));
        assertThat(timeline.page(fresh.id, 0, 5)).singleElement().satisfies(e -> {
            assertThat(e.status).isEqualTo(LicenceStatus.REQUESTED);
            assertThat(e.note).isEqualTo("all by one e-mail");
        });
        assertThat(catalogue.item(stale.id).status).isEqualTo(LicenceStatus.NOT_REQUESTED);
        assertThat(timeline.count(stale.id)).isZero();
        assertThat(catalogue.item(requested.id).requestedOn).isEqualTo(MARCH_2);
        assertThat(timeline.count(requested.id)).isEqualTo(1);
    }

    @Test
    void aLicenceTheCallerMayNotEditIsRefusedLikeAnUnknownOneAndNothingMoves() {
        List<ClearanceItem> items = songWithTwoPublishersAndALabel();
        ClearanceItem mine = items.get(0);
        ClearanceItem theirs = items.get(1);

        assertThatThrownBy(() -> bulk.move(
                        List.of(
                                new Entry(mine.id, mine.version),
                                new Entry(theirs.id, theirs.version),
                                new Entry(-5L, 0L)),
                        LicenceStatus.REQUESTED,
                        MARCH_2,
                        null,
                        null,
                        false,
                        item -> !item.id.equals(theirs.id)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors())
                        .extracting(FieldError::field, FieldError::message)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(
                                        "items[1].itemId", "There is no licence " + theirs.id + "."),
                                org.assertj.core.groups.Tuple.tuple("items[2].itemId", "There is no licence -5.")));
        assertThat(catalogue.item(mine.id).status).isEqualTo(LicenceStatus.NOT_REQUESTED);
        assertThat(catalogue.item(theirs.id).status).isEqualTo(LicenceStatus.NOT_REQUESTED);
    }

    @Test
    void aMissingVersionRefusesTheWholeRequestNamingTheEntryAndMovesNothing() {
        List<ClearanceItem> items = songWithTwoPublishersAndALabel();

        assertThatThrownBy(() -> bulk.move(
                        List.of(new Entry(items.get(0).id, items.get(0).version), new Entry(items.get(1).id, null)),
                        LicenceStatus.REQUESTED,
                        MARCH_2,
                        null,
                        null,
                        false,
                        item -> true))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors())
                        .extracting(FieldError::field)
                        .containsExactly("items[1].version"));
        assertThat(catalogue.item(items.get(0).id).status).isEqualTo(LicenceStatus.NOT_REQUESTED);
    }

    @Test
    void quotesAreNotTakenInBulkBecauseEachHasItsOwnFee() {
        List<ClearanceItem> items = songWithTwoPublishersAndALabel();

        assertThatThrownBy(() -> bulk.move(
                        List.of(new Entry(items.get(0).id, items.get(0).version)),
                        LicenceStatus.QUOTED,
                        MARCH_2,
                        null,
                        null,
                        false,
                        item -> true))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors())
                        .extracting(FieldError::field)
                        .containsExactly("status"));
    }

    @Test
    void bulkLicensedAttachesTheSignedLicenceToEachMovedLicenceAndReportsOneWithoutScope() throws IOException {
        List<ClearanceItem> items = songWithTwoPublishersAndALabel();
        ClearanceItem first = approved(items.get(0), true);
        ClearanceItem second = approved(items.get(1), true);
        ClearanceItem unscoped = approved(items.get(2), false);
        Path signed = Files.createTempFile("signed", ".pdf");
        Files.writeString(signed, "%PDF-1.4 signed by all");

        BulkSteps.Result result = bulk.move(
                List.of(
                        new Entry(first.id, first.version),
                        new Entry(second.id, second.version),
                        new Entry(unscoped.id, unscoped.version)),
                LicenceStatus.LICENSED,
                MARCH_2,
                null,
                new BulkSteps.SignedCopy("signed-licence.pdf", "application/pdf", "Signed by all", signed),
                false,
                item -> true);

        assertThat(result.moved()).extracting(BulkSteps.Outcome::itemId).containsExactly(first.id, second.id);
        assertThat(result.notMoved()).singleElement().satisfies(o -> {
            assertThat(o.itemId()).isEqualTo(unscoped.id);
            assertThat(o.reason()).contains("Record what the licence grants");
        });
        for (ClearanceItem licensed : List.of(first, second)) {
            assertThat(catalogue.item(licensed.id).status).isEqualTo(LicenceStatus.LICENSED);
            assertThat(QuarkusTransaction.requiringNew()
                            .call(() -> Document.<Document>find("item.id", licensed.id)
                                    .singleResult()
                                    .fileName))
                    .isEqualTo("signed-licence.pdf");
            assertThat(timeline.page(licensed.id, 0, 1).get(0).detail).contains("Signed licence attached");
        }
        assertThat(catalogue.item(unscoped.id).status).isEqualTo(LicenceStatus.APPROVED);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Document.count("item.id", unscoped.id)))
                .isZero();
    }

    /** Sync 50/50 from two publishers and the master from a label: three licences, in that order. */
    private List<ClearanceItem> songWithTwoPublishersAndALabel() {
        Production film = catalogue.film(false, ClearanceWorkflowTest.PLAN_START);
        Party a = catalogue.organisation("Bulk Publisher A", PartyRole.PUBLISHER);
        Party b = catalogue.organisation("Bulk Publisher B", PartyRole.PUBLISHER);
        Party label = catalogue.organisation("Bulk Label", PartyRole.RECORD_LABEL);
        Work work = catalogue.work(catalogue.person("Writer"), List.of(publisher(a, "50"), publisher(b, "50")));
        Cue cue = catalogue.cue(film, "3M1", CueOrigin.SOUNDTRACK, work, catalogue.recording(work, label, "100"));
        List<ClearanceItem> items = catalogue.reload(cue.id).items;
        ClearanceItem syncA = only(items, a);
        ClearanceItem syncB = only(items, b);
        ClearanceItem master = only(items, label);
        assertThat(master.side).isEqualTo(ClearanceSide.MASTER);
        return List.of(syncA, syncB, master);
    }

    private static ClearanceItem only(List<ClearanceItem> items, Party party) {
        return items.stream()
                .filter(i -> i.party.id.equals(party.id))
                .findFirst()
                .orElseThrow();
    }

    private ClearanceItem approved(ClearanceItem item, boolean withScope) {
        licences.move(item.id, item.version, LicenceStatus.REQUESTED, LicenceStep.on(MARCH_2));
        licences.move(item.id, version(item.id), LicenceStatus.QUOTED, LicenceStep.quote(MARCH_2, "4000", "USD"));
        licences.move(item.id, version(item.id), LicenceStatus.APPROVED, LicenceStep.on(MARCH_2));
        if (withScope) {
            licences.updateTerms(
                    item.id,
                    version(item.id),
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
        return catalogue.item(item.id);
    }

    private long version(long itemId) {
        return catalogue.item(itemId).version;
    }

    private static LicenceTerms contactOnly(String contact) {
        return new LicenceTerms("USD", null, null, false, false, null, "", "", "", null, null, contact, null);
    }
}
