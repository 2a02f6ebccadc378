package org.rightstracker.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.audit.AuditEntry;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyInput;
import org.rightstracker.core.party.PartyKind;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.party.PartyService;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.recording.MasterShare;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.service.TestCatalogue;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.core.work.PublisherShare;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WorkInput;
import org.rightstracker.core.work.WorkService;
import org.rightstracker.core.work.WriterDesignation;

@QuarkusTest
class CatalogueMergeTest {

    @Inject
    TestCatalogue catalogue;

    @Inject
    PartyService parties;

    @Inject
    WorkService works;

    @Inject
    CatalogueMerges merges;

    @Inject
    CatalogueDuplicates duplicates;

    private Party publisher(String name, String ipi) {
        return parties.create(new PartyInput(
                name,
                PartyKind.ORGANISATION,
                Set.of(PartyRole.PUBLISHER, PartyRole.RECORD_LABEL),
                null,
                ipi,
                null,
                null,
                null,
                null,
                null));
    }

    private static <T> T read(java.util.concurrent.Callable<T> query) {
        return QuarkusTransaction.requiringNew().call(query);
    }

    @Test
    void aNearlyIdenticalPartyIsFlaggedAndNamesakesWithTwoIpisAreNot() {
        String name = TestCatalogue.unique("Harbour Lights Music");
        Party first = publisher(name, CatalogueFixture.freshIpi());
        Party slip = publisher("Harbour-Lights Musik" + name.substring(name.lastIndexOf(' ')), null);
        Party otherIpi = publisher(name.toUpperCase(), CatalogueFixture.freshIpi());

        List<Party> flagged = read(() -> duplicates.of(Party.<Party>findById(slip.id)));
        List<Party> ofFirst = read(() -> duplicates.of(Party.<Party>findById(first.id)));

        assertThat(flagged).extracting(p -> p.id).contains(first.id, otherIpi.id);
        assertThat(ofFirst).extracting(p -> p.id).contains(slip.id).doesNotContain(otherIpi.id);
    }

    @Test
    void mergingAPartyMovesEveryReferenceAndKeepsTheHistory() {
        Party duplicate = publisher(TestCatalogue.unique("Owl Songs"), CatalogueFixture.freshIpi());
        Party kept = publisher(TestCatalogue.unique("Owl Songs Ltd"), null);
        Party writer = catalogue.person("Writer");
        Work work = catalogue.work(writer, List.of(TestCatalogue.publisher(duplicate, "100")));
        Recording recording = catalogue.recording(work, duplicate, "100");
        Production film = catalogue.film(false, LocalDate.now());
        Cue cue = catalogue.cue(film, "1M1", CueOrigin.SOUNDTRACK, work, recording);
        long keptVersion = read(() -> Party.<Party>findById(kept.id).version);

        CatalogueMerge merge = merges.mergeParties(duplicate.id, duplicate.version, kept.id, keptVersion);

        read(() -> {
            assertThat(Party.<Party>findById(duplicate.id)).isNull();
            Party now = Party.findById(kept.id);
            assertThat(now.ipiNameNumber).isEqualTo(duplicate.ipiNameNumber);
            assertThat(now.version).isGreaterThan(keptVersion);
            assertThat(PublisherShare.<PublisherShare>list("work.id", work.id))
                    .extracting(p -> p.party.id)
                    .containsOnly(kept.id);
            assertThat(MasterShare.<MasterShare>list("recording.id", recording.id))
                    .extracting(m -> m.party.id)
                    .containsOnly(kept.id);
            assertThat(ClearanceItem.<ClearanceItem>list("cue.id", cue.id))
                    .extracting(i -> i.party.id)
                    .doesNotContain(duplicate.id)
                    .contains(kept.id);
            assertThat(CatalogueMerge.currentId(CatalogueKind.PARTY, duplicate.id))
                    .contains(kept.id);
            assertThat(AuditEntry.<AuditEntry>list("field = 'merged' and entityId = ?1", kept.id))
                    .singleElement()
                    .satisfies(e -> assertThat(e.oldValue).contains(duplicate.name));
            return null;
        });
        assertThat(merge.moved).contains("publisher share", "master share", "licence");
    }

    @Test
    void aStaleVersionOrTwoIpisRefuseTheMergeAndWriteNothing() {
        Party duplicate = publisher(TestCatalogue.unique("Fable Records"), CatalogueFixture.freshIpi());
        Party kept = publisher(TestCatalogue.unique("Fable Records"), CatalogueFixture.freshIpi());
        Party plain = publisher(TestCatalogue.unique("Fable"), null);

        assertThatThrownBy(() -> merges.mergeParties(plain.id, plain.version + 1, kept.id, kept.version))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> merges.mergeParties(duplicate.id, duplicate.version, kept.id, kept.version))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(duplicate.ipiNameNumber)
                .hasMessageContaining(kept.ipiNameNumber);
        assertThatThrownBy(() -> merges.mergeParties(kept.id, kept.version, kept.id, kept.version))
                .isInstanceOf(ValidationException.class);
        assertThat(read(() -> Party.count("id in ?1", List.of(duplicate.id, kept.id, plain.id))))
                .isEqualTo(3);
        assertThat(read(() -> CatalogueMerge.of(CatalogueKind.PARTY, plain.id))).isEmpty();
    }

    @Test
    void mergingAWorkMovesItsCuesAndRecordingsAndKeepsItsTitleAsAnAlternate() {
        Party writer = catalogue.person("Composer");
        Work kept = catalogue.work(writer, List.of());
        Work duplicate = works.create(new WorkInput(
                "Été indien " + kept.title,
                null,
                false,
                List.of("Indian Summer"),
                null,
                List.of(new WorkInput.Writer(writer.id, "100", WriterDesignation.CA, null, false)),
                List.of()));
        Party label = publisher(TestCatalogue.unique("Label"), null);
        Recording recording = catalogue.recording(duplicate, label, "100");
        Cue cue = catalogue.cue(catalogue.film(false, LocalDate.now()), "2M1", CueOrigin.SOUNDTRACK, duplicate, null);
        long keptVersion = read(() -> Work.<Work>findById(kept.id).version);

        merges.mergeWorks(duplicate.id, duplicate.version, kept.id, keptVersion);

        read(() -> {
            assertThat(Work.<Work>findById(duplicate.id)).isNull();
            Work now = Work.findById(kept.id);
            assertThat(now.alternateTitles).contains(duplicate.title, "Indian Summer");
            assertThat(now.alternateKey).contains("ete indien");
            assertThat(Recording.<Recording>findById(recording.id).work.id).isEqualTo(kept.id);
            assertThat(Cue.<Cue>findById(cue.id).work.id).isEqualTo(kept.id);
            assertThat(CatalogueMerge.currentId(CatalogueKind.WORK, duplicate.id))
                    .contains(kept.id);
            return null;
        });
    }
}
