package org.rightstracker.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.importing.cuelist.CueListImport;
import org.rightstracker.core.importing.cuelist.CueListImportResult;
import org.rightstracker.core.importing.cuelist.CueListReader;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyInput;
import org.rightstracker.core.party.PartyKind;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.party.PartyService;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.service.TestCatalogue;
import org.rightstracker.core.work.Work;

/** The one party-matching rule ({@link PartyMatcher}) as the cue-list import applies it. */
@QuarkusTest
class PartyMatchingTest {

    private static final String HEADER = "Cue #,Title,Usage,Artist,Writers,Publishers,Master owners\n";

    @Inject
    CueListImport cueLists;

    @Inject
    PartyService parties;

    @Inject
    TestCatalogue catalogue;

    private static long count(Class<?> type) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (type == Party.class) {
                return Party.count();
            }
            return type == Work.class ? Work.count() : Recording.count();
        });
    }

    private static List<Party> named(String name) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Party.<Party>list("nameKey = ?1", org.rightstracker.core.shared.SearchKey.of(name)));
    }

    @Test
    void aNameGivenOnceWithAnIpiAndOnceWithoutInOneListIsOneParty() {
        String jane = TestCatalogue.unique("Jane Doe");
        String ipi = CatalogueFixture.freshIpi();
        String list = HEADER
                + "1M1,First " + jane + ",BV,,\"" + jane + " (PRS, IPI " + ipi + ") 100\",,\n"
                + "1M2,Second " + jane + ",BV,,\"" + jane.toUpperCase() + " (PRS) 100\",,\n";
        long before = count(Party.class);

        CueListImportResult result =
                cueLists.commit(catalogue.film(false, LocalDate.now()).id, "cues.csv", CueListReader.csv(list));

        assertThat(result.partiesCreated()).isEqualTo(1);
        assertThat(count(Party.class)).isEqualTo(before + 1);
        assertThat(named(jane))
                .singleElement()
                .satisfies(p -> assertThat(p.ipiNameNumber).isEqualTo(ipi));
    }

    @Test
    void aNameWithoutIpiFindsTheCataloguePartyWithOneAndTheOtherWayRound() {
        String withIpi = TestCatalogue.unique("Harbour Lights");
        String ipi = CatalogueFixture.freshIpi();
        parties.create(new PartyInput(
                withIpi, PartyKind.ORGANISATION, Set.of(PartyRole.PUBLISHER), null, ipi, null, null, null, null, null));
        String withoutIpi = TestCatalogue.unique("Owl Songs");
        parties.create(PartyInput.named(withoutIpi, PartyKind.ORGANISATION, Set.of(PartyRole.PUBLISHER)));
        String list = HEADER
                + "1M1,Tune " + withIpi + ",BV,,,\"" + withIpi + " 100\",\n"
                + "1M2,Tune " + withoutIpi + ",BV,,,\"" + withoutIpi + " (IPI " + CatalogueFixture.freshIpi()
                + ") 100\",\n";

        CueListImportResult result =
                cueLists.commit(catalogue.film(false, LocalDate.now()).id, "cues.csv", CueListReader.csv(list));

        assertThat(result.partiesCreated()).isZero();
        assertThat(named(withIpi)).hasSize(1);
        assertThat(named(withoutIpi)).hasSize(1);
    }

    @Test
    void accentsCaseAndPunctuationDoNotMakeANewParty() {
        String tag = TestCatalogue.unique("");
        parties.create(
                PartyInput.named("Éditions Lumière, S.A." + tag, PartyKind.ORGANISATION, Set.of(PartyRole.PUBLISHER)));
        String list = HEADER + "1M1,Clair " + tag + ",BV,,,\"EDITIONS LUMIERE SA" + tag + " 100\",\n";

        CueListImportResult result =
                cueLists.commit(catalogue.film(false, LocalDate.now()).id, "cues.csv", CueListReader.csv(list));

        assertThat(result.partiesCreated()).isZero();
        assertThat(named("editions lumiere sa" + tag)).hasSize(1);
    }

    @Test
    void aNamesakeWithAnotherIpiIsSomeoneElse() {
        String name = TestCatalogue.unique("John Roe");
        parties.create(new PartyInput(
                name,
                PartyKind.PERSON,
                Set.of(PartyRole.COMPOSER),
                null,
                CatalogueFixture.freshIpi(),
                null,
                null,
                null,
                null,
                null));
        String list =
                HEADER + "1M1,Song " + name + ",BV,,\"" + name + " (IPI " + CatalogueFixture.freshIpi() + ") 100\",,\n";

        CueListImportResult result =
                cueLists.commit(catalogue.film(false, LocalDate.now()).id, "cues.csv", CueListReader.csv(list));

        assertThat(result.partiesCreated()).isEqualTo(1);
        assertThat(named(name)).hasSize(2);
    }

    @Test
    void reImportingChangesNothingAndASecondProductionReusesWorksAndRecordings() {
        String tag = TestCatalogue.unique("");
        String list = HEADER
                + "1M1,Night Drive" + tag + ",BV,The Owls" + tag + ",\"Jane Doe" + tag + " 50; Jöhn Roe" + tag
                + " 50\",Owl Songs" + tag + " 100,Owl Records" + tag + "\n"
                + "1M2,Main Theme" + tag + ",MT,,Composer" + tag + ",,\n";
        long first = catalogue.film(false, LocalDate.now()).id;
        cueLists.commit(first, "cues.csv", CueListReader.csv(list));
        long parties = count(Party.class);
        long works = count(Work.class);
        long recordings = count(Recording.class);

        CueListImportResult again = cueLists.commit(first, "cues.csv", CueListReader.csv(list));
        // Another production's list writes the names in other cases and without accents.
        String otherSpelling = list.replace("Jöhn", "JOHN").replace("Night Drive", "NIGHT DRIVE");
        long second = catalogue.film(false, LocalDate.now()).id;
        CueListImportResult elsewhere = cueLists.commit(second, "cues.csv", CueListReader.csv(otherSpelling));

        assertThat(again.cuesUnchanged()).isEqualTo(2);
        assertThat(List.of(again.partiesCreated(), again.worksCreated(), again.recordingsCreated()))
                .containsOnly(0L);
        assertThat(elsewhere.cuesCreated()).isEqualTo(2);
        assertThat(List.of(elsewhere.partiesCreated(), elsewhere.worksCreated(), elsewhere.recordingsCreated()))
                .containsOnly(0L);
        assertThat(List.of(count(Party.class), count(Work.class), count(Recording.class)))
                .containsExactly(parties, works, recordings);
        QuarkusTransaction.requiringNew().run(() -> {
            Cue a = Cue.find("production.id = ?1 and number = '1M1'", first).singleResult();
            Cue b = Cue.find("production.id = ?1 and number = '1M1'", second).singleResult();
            assertThat(b.work.id).isEqualTo(a.work.id);
            assertThat(b.recording.id).isEqualTo(a.recording.id);
        });
    }
}
