package org.rightstracker.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rightstracker.core.service.TestCatalogue.publisher;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.document.Document;
import org.rightstracker.core.document.DocumentKind;
import org.rightstracker.core.licence.FollowUpChannel;
import org.rightstracker.core.licence.FollowUpInput;
import org.rightstracker.core.licence.LicenceEvent;
import org.rightstracker.core.licence.LicenceEventKind;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.licence.LicenceTerms;
import org.rightstracker.core.licence.LicenceTimeline;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.TextLimit;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WorkInput;
import org.rightstracker.core.work.WorkService;

@QuarkusTest
class LicenceTimelineTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    @Inject
    TestCatalogue catalogue;

    @Inject
    LicenceService licences;

    @Inject
    LicenceTimeline timeline;

    @Inject
    WorkService works;

    @Test
    void aStepIsARecordOnTheTimelineAndLeavesTheNotesAsTheUserWroteThem() {
        ClearanceItem item = soloSyncItem();
        licences.updateTerms(item.id, item.version, terms("Call Anna before Friday", false, false));

        licences.move(
                item.id,
                version(item.id),
                LicenceStatus.REQUESTED,
                new LicenceStep(MARCH_2, null, null, null, null, "  sent by e-mail "));

        assertThat(catalogue.item(item.id).notes).isEqualTo("Call Anna before Friday");
        List<LicenceEvent> events = timeline.page(item.id, 0, 10);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.kind).isEqualTo(LicenceEventKind.STEP);
            assertThat(e.status).isEqualTo(LicenceStatus.REQUESTED);
            assertThat(e.occurredOn).isEqualTo(MARCH_2);
            assertThat(e.note).isEqualTo("sent by e-mail");
            assertThat(e.username).isEqualTo("system");
            assertThat(e.createdAt).isNotNull();
            assertThat(e.what()).isEqualTo("Requested");
        });
    }

    @Test
    void aNoteLongerThanTheLimitIsRefusedAtItsFieldAndNothingIsWritten() {
        ClearanceItem item = soloSyncItem();
        String tooLong = "x".repeat(TextLimit.LICENCE_EVENT_NOTE.max() + 1);

        assertThatThrownBy(() -> licences.move(
                        item.id,
                        item.version,
                        LicenceStatus.REQUESTED,
                        new LicenceStep(MARCH_2, null, null, null, null, tooLong)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors())
                        .extracting(FieldError::field, FieldError::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                "note", "Note is 4,001 characters; at most 4,000.")));
        assertThat(catalogue.item(item.id).status).isEqualTo(LicenceStatus.NOT_REQUESTED);
        assertThat(timeline.count(item.id)).isZero();

        String longest = "y".repeat(TextLimit.LICENCE_EVENT_NOTE.max());
        licences.move(
                item.id,
                item.version,
                LicenceStatus.REQUESTED,
                new LicenceStep(MARCH_2, null, null, null, null, longest));
        assertThat(timeline.page(item.id, 0, 1).get(0).note).isEqualTo(longest);
    }

    @Test
    void aFollowUpIsLoggedWithItsChannelAndNextDateAndTheTimelineReadsNewestFirst() {
        ClearanceItem item = soloSyncItem();
        licences.move(item.id, item.version, LicenceStatus.REQUESTED, LicenceStep.on(MARCH_2));
        long versionBefore = version(item.id);

        timeline.logFollowUp(
                item.id,
                new FollowUpInput(MARCH_2.plusDays(7), FollowUpChannel.PHONE, "Left a message", MARCH_2.plusDays(14)));
        timeline.logFollowUp(item.id, new FollowUpInput(MARCH_2.plusDays(7), FollowUpChannel.EMAIL, null, null));

        List<LicenceEvent> events = timeline.page(item.id, 0, 10);
        assertThat(events)
                .extracting(LicenceEvent::what)
                .containsExactly("Follow-up by e-mail", "Follow-up by phone", "Requested");
        assertThat(events.get(1).note).isEqualTo("Left a message");
        assertThat(events.get(1).nextFollowUpOn).isEqualTo(MARCH_2.plusDays(14));
        assertThat(timeline.page(item.id, 1, 2)).extracting(e -> e.kind).containsExactly(LicenceEventKind.STEP);
        assertThat(timeline.count(item.id)).isEqualTo(3);
        // A follow-up records a contact; it does not change the licence anyone may be editing.
        assertThat(version(item.id)).isEqualTo(versionBefore);
    }

    @Test
    void aFollowUpWithoutChannelWithANextDateBeforeItOrAnOverLongNoteIsRefusedAtEachField() {
        ClearanceItem item = soloSyncItem();

        assertThatThrownBy(() -> timeline.logFollowUp(
                        item.id,
                        new FollowUpInput(MARCH_2, null, "z".repeat(TextLimit.LICENCE_EVENT_NOTE.max() + 1), MARCH_2)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors())
                        .extracting(FieldError::field)
                        .containsExactly("channel", "note", "nextFollowUpOn"));
        assertThat(timeline.count(item.id)).isZero();
    }

    @Test
    void theQuoteStepRecordsTheFeeMfnAndExpiryAtOnce() {
        ClearanceItem item = soloSyncItem();
        licences.move(item.id, item.version, LicenceStatus.REQUESTED, LicenceStep.on(MARCH_2));
        LocalDate expires = MARCH_2.plusDays(30);

        licences.move(
                item.id,
                version(item.id),
                LicenceStatus.QUOTED,
                new LicenceStep(MARCH_2.plusDays(3), "5000", null, "USD", expires, "valid 30 days", true, true));

        ClearanceItem quoted = catalogue.item(item.id);
        assertThat(quoted.status).isEqualTo(LicenceStatus.QUOTED);
        assertThat(quoted.quotedFee).isEqualByComparingTo("5000");
        assertThat(quoted.mfn).isTrue();
        assertThat(quoted.mfnWaived).isTrue();
        assertThat(quoted.quoteExpiresOn).isEqualTo(expires);
        assertThat(timeline.page(item.id, 0, 1).get(0).detail)
                .isEqualTo("Quoted fee USD 5,000.00 · MFN waived · Quote expires 1 Apr 2026");
    }

    @Test
    void mfnWaivedWithoutMfnOrMfnOnAnotherStepIsRefusedLikeInTheTerms() {
        ClearanceItem item = soloSyncItem();

        assertThatThrownBy(() -> licences.move(
                        item.id,
                        item.version,
                        LicenceStatus.REQUESTED,
                        new LicenceStep(MARCH_2, null, null, null, null, null, true, null)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors())
                        .extracting(FieldError::field)
                        .containsExactly("mfn"));
        licences.move(item.id, item.version, LicenceStatus.REQUESTED, LicenceStep.on(MARCH_2));
        assertThatThrownBy(() -> licences.move(
                        item.id,
                        version(item.id),
                        LicenceStatus.QUOTED,
                        new LicenceStep(MARCH_2, "5000", null, null, null, null, false, true)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors())
                        .extracting(FieldError::field)
                        .containsExactly("mfnWaived"));
        ClearanceItem unchanged = catalogue.item(item.id);
        assertThat(unchanged.status).isEqualTo(LicenceStatus.REQUESTED);
        assertThat(unchanged.quotedFee).isNull();
        assertThat(timeline.count(item.id)).isEqualTo(1);
    }

    @Test
    void markingLicensedAttachesTheSignedLicenceInTheSameStep() {
        ClearanceItem item = approvedWithScope();

        licences.license(
                item.id,
                version(item.id),
                LicenceStep.on(MARCH_2),
                new LicenceService.SignedLicence(
                        "C:\\fakepath\\signed.pdf", "application/pdf", "Countersigned", bytes("signed licence")));

        assertThat(catalogue.item(item.id).status).isEqualTo(LicenceStatus.LICENSED);
        Document document = QuarkusTransaction.requiringNew()
                .call(() -> Document.<Document>find("item.id", item.id).singleResult());
        assertThat(document.kind).isEqualTo(DocumentKind.LICENCE);
        assertThat(document.fileName).isEqualTo("signed.pdf");
        assertThat(timeline.page(item.id, 0, 1).get(0).detail)
                .contains("Agreed fee USD 4,000.00")
                .contains("Granted: ")
                .endsWith("Signed licence attached: signed.pdf");
    }

    @Test
    void aRefusedSignedLicenceLeavesTheLicenceApprovedWithNothingAttached() {
        ClearanceItem item = approvedWithScope();
        long before = timeline.count(item.id);

        assertThatThrownBy(() -> licences.license(
                        item.id,
                        version(item.id),
                        LicenceStep.on(MARCH_2),
                        new LicenceService.SignedLicence("empty.pdf", "application/pdf", null, bytes(""))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("file: The file empty.pdf is empty.");

        ClearanceItem after = catalogue.item(item.id);
        assertThat(after.status).isEqualTo(LicenceStatus.APPROVED);
        assertThat(after.licensedOn).isNull();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Document.count("item.id", item.id)))
                .isZero();
        assertThat(timeline.count(item.id)).isEqualTo(before);
    }

    @Test
    void aDepartedHoldersLicenceWithOnlyAFollowUpIsKeptAsObsoleteWithItsTimeline() {
        Production film = catalogue.film(false, ClearanceWorkflowTest.PLAN_START);
        Party leaving = catalogue.organisation("Leaving Publisher", PartyRole.PUBLISHER);
        Party newcomer = catalogue.organisation("New Publisher", PartyRole.PUBLISHER);
        Party writer = catalogue.person("Writer");
        Work work = catalogue.work(writer, List.of(publisher(leaving, "100")));
        Cue cue = catalogue.cue(film, "4M1", CueOrigin.SOUNDTRACK, work, null);
        long item = catalogue.reload(cue.id).items.get(0).id;
        timeline.logFollowUp(item, new FollowUpInput(MARCH_2, FollowUpChannel.MEETING, "Met at MIDEM", null));

        Work current = works.get(work.id);
        works.update(
                work.id,
                current.version,
                new WorkInput(
                        current.title,
                        null,
                        false,
                        List.of(),
                        null,
                        List.of(new WorkInput.Writer(writer.id, "100", null, null, false)),
                        List.of(publisher(newcomer, "100"))));

        ClearanceItem kept = catalogue.item(item);
        assertThat(kept.obsolete).isTrue();
        assertThat(kept.status).isEqualTo(LicenceStatus.NOT_REQUESTED);
        assertThat(timeline.page(item, 0, 10)).extracting(e -> e.note).containsExactly("Met at MIDEM");
    }

    private ClearanceItem approvedWithScope() {
        ClearanceItem item = soloSyncItem();
        licences.move(item.id, item.version, LicenceStatus.REQUESTED, LicenceStep.on(MARCH_2));
        licences.move(item.id, version(item.id), LicenceStatus.QUOTED, LicenceStep.quote(MARCH_2, "4000", "USD"));
        licences.move(item.id, version(item.id), LicenceStatus.APPROVED, LicenceStep.on(MARCH_2));
        LicenceTerms terms = new LicenceTerms(
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
                null);
        licences.updateTerms(item.id, version(item.id), terms);
        return catalogue.item(item.id);
    }

    private ClearanceItem soloSyncItem() {
        Production film = catalogue.film(false, ClearanceWorkflowTest.PLAN_START);
        Party only = catalogue.organisation("Timeline Publisher", PartyRole.PUBLISHER);
        Work work = catalogue.work(catalogue.person("Writer"), List.of(publisher(only, "100")));
        Cue cue = catalogue.cue(film, "1M2", CueOrigin.SOUNDTRACK, work, null);
        return catalogue.reload(cue.id).items.get(0);
    }

    private long version(long itemId) {
        return catalogue.item(itemId).version;
    }

    private static LicenceTerms terms(String notes, boolean mfn, boolean waived) {
        return new LicenceTerms("USD", null, null, mfn, waived, null, "", "", "", null, null, null, notes);
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
