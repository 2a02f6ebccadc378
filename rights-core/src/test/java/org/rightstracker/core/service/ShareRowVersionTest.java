package org.rightstracker.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rightstracker.core.service.TestCatalogue.publisher;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.recording.RecordingInput;
import org.rightstracker.core.recording.RecordingService;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WorkInput;
import org.rightstracker.core.work.WorkService;
import org.rightstracker.core.work.WriterDesignation;

/** A save that changes only share rows is still a new version: a form opened before it cannot overwrite it. */
@QuarkusTest
class ShareRowVersionTest {

    @Inject
    TestCatalogue catalogue;

    @Inject
    WorkService works;

    @Inject
    RecordingService recordings;

    @Test
    void changingOnlyAWorksPublisherSharesMakesTheOpenedVersionStale() {
        Party writer = catalogue.person(TestCatalogue.unique("Writer"));
        Party a = catalogue.organisation(TestCatalogue.unique("Publisher A"), PartyRole.PUBLISHER);
        Party b = catalogue.organisation(TestCatalogue.unique("Publisher B"), PartyRole.PUBLISHER);
        Work work = catalogue.work(writer, List.of(publisher(a, "50"), publisher(b, "50")));
        long opened = work.version;

        Work saved = works.update(work.id, opened, input(work, writer, "60", "40"));

        assertThat(saved.version).isEqualTo(opened + 1);
        assertThatThrownBy(() -> works.update(work.id, opened, input(work, writer, "50", "50")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void changingOnlyARecordingsOwnersMakesTheOpenedVersionStale() {
        Party label = catalogue.organisation(TestCatalogue.unique("Label"), PartyRole.RECORD_LABEL);
        Party other = catalogue.organisation(TestCatalogue.unique("Other label"), PartyRole.RECORD_LABEL);
        Recording recording = recordings.create(new RecordingInput(
                TestCatalogue.unique("Take"), "Artist", null, 2020, "3:00", null, null, List.of(owner(label, "100"))));
        long opened = recording.version;

        Recording saved = recordings.update(recording.id, opened, owners(recording, owner(other, "100")));

        assertThat(saved.version).isEqualTo(opened + 1);
        assertThatThrownBy(() -> recordings.update(recording.id, opened, owners(recording, owner(label, "100"))))
                .isInstanceOf(ConflictException.class);
    }

    private static WorkInput input(Work work, Party writer, String shareA, String shareB) {
        return new WorkInput(
                work.title,
                null,
                false,
                List.of(),
                null,
                List.of(new WorkInput.Writer(writer.id, "100", WriterDesignation.CA, null, false)),
                List.of(
                        new WorkInput.Publisher(
                                work.publishers.get(0).party.id, shareA, work.publishers.get(0).role, null),
                        new WorkInput.Publisher(
                                work.publishers.get(1).party.id, shareB, work.publishers.get(1).role, null)));
    }

    private static RecordingInput.Owner owner(Party party, String share) {
        return new RecordingInput.Owner(party.id, share);
    }

    private static RecordingInput owners(Recording recording, RecordingInput.Owner owner) {
        return new RecordingInput(recording.title, "Artist", null, 2020, "3:00", null, null, List.of(owner));
    }
}
