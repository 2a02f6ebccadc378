package org.rightstracker.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightstracker.core.service.TestCatalogue.publisher;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.audit.AuditEntry;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.core.work.Work;

@QuarkusTest
class AuditTrailTest {

    @Inject
    TestCatalogue catalogue;

    @Inject
    LicenceService licences;

    @Test
    void aFeeChangeIsRecordedWithItsOldAndNewValueAndTheCuesHistoryShowsIt() {
        Party label = catalogue.organisation("Audited Label", PartyRole.RECORD_LABEL);
        Party publisher = catalogue.organisation("Audited Publisher", PartyRole.PUBLISHER);
        Work work = catalogue.work(catalogue.person("Writer"), List.of(publisher(publisher, "100")));
        Cue cue = catalogue.cue(
                catalogue.film(false, LocalDate.now()),
                "6M1",
                CueOrigin.SOUNDTRACK,
                work,
                catalogue.recording(work, label, "100"));
        ClearanceItem item = catalogue.reload(cue.id).items.stream()
                .filter(i -> i.party.id.equals(label.id))
                .findFirst()
                .orElseThrow();

        licences.move(item.id, catalogue.item(item.id).version, LicenceStatus.REQUESTED, LicenceStep.on(null));
        licences.move(
                item.id, catalogue.item(item.id).version, LicenceStatus.QUOTED, LicenceStep.quote(null, "5000", "USD"));
        licences.move(
                item.id, catalogue.item(item.id).version, LicenceStatus.APPROVED, LicenceStep.agree(null, "7500"));

        List<AuditEntry> history = AuditEntry.forItem(item.id);
        assertThat(history)
                .extracting(AuditEntry::describe)
                .contains("system changed the agreed fee of Master — " + label.name
                        + " (100.00%) on cue 6M1 from (empty) to USD 7,500.00")
                .contains("system changed the status of Master — " + label.name
                        + " (100.00%) on cue 6M1 from Quoted to Approved")
                .anyMatch(line -> line.startsWith("system added Master — " + label.name));
        assertThat(AuditEntry.forCue(cue.id, work.id, null))
                .extracting(AuditEntry::describe)
                .anyMatch(line ->
                        line.equals("system added publisher " + publisher.name + " of \"" + work.title + "\": 100.00%"))
                .anyMatch(line -> line.contains("from Quoted to Approved"));
    }

    @Test
    void aRefusedChangeLeavesNoHistory() {
        Party publisher = catalogue.organisation("Quiet Publisher", PartyRole.PUBLISHER);
        Work work = catalogue.work(catalogue.person("Writer"), List.of(publisher(publisher, "100")));
        Cue cue = catalogue.cue(catalogue.film(false, LocalDate.now()), "6M2", CueOrigin.SOUNDTRACK, work, null);
        ClearanceItem item = catalogue.reload(cue.id).items.get(0);
        licences.move(item.id, catalogue.item(item.id).version, LicenceStatus.REQUESTED, LicenceStep.on(null));
        int before = AuditEntry.forItem(item.id).size();

        try {
            licences.move(
                    item.id,
                    catalogue.item(item.id).version,
                    LicenceStatus.QUOTED,
                    LicenceStep.quote(null, "-1", "USD"));
        } catch (ValidationException expected) {
            // the negative fee is refused
        }
        assertThat(AuditEntry.forItem(item.id)).hasSize(before);
    }
}
