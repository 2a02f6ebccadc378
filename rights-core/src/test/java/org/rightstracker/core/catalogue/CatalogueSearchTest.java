package org.rightstracker.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyInput;
import org.rightstracker.core.party.PartyKind;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.party.PartyService;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.service.TestCatalogue;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WorkInput;
import org.rightstracker.core.work.WorkService;

@QuarkusTest
class CatalogueSearchTest {

    @Inject
    PartyService parties;

    @Inject
    WorkService works;

    @Inject
    CatalogueSearch search;

    @Inject
    TestCatalogue catalogue;

    private Party party(String name) {
        return parties.create(PartyInput.named(name, PartyKind.ORGANISATION, Set.of(PartyRole.PUBLISHER)));
    }

    @Test
    void partySearchIgnoresAccentsAndCaseAndSortsAccentedNamesWithTheirLetter() {
        String marker = "qz" + System.nanoTime();
        party("Zebra Music " + marker);
        party("Éditions Lumière " + marker);
        party("Eagle Songs " + marker);
        party("Fable Records " + marker);

        assertThat(parties.search(marker, 0, 10))
                .extracting(p -> p.name)
                .containsExactly(
                        "Eagle Songs " + marker,
                        "Éditions Lumière " + marker,
                        "Fable Records " + marker,
                        "Zebra Music " + marker);
        assertThat(parties.search("lumiere " + marker, 0, 10))
                .extracting(p -> p.name)
                .hasSize(1);
        assertThat(parties.search("LUMIÈRE " + marker, 0, 10)).hasSize(1);
        assertThat(parties.count("editions lumiere " + marker)).isEqualTo(1);
    }

    @Test
    void worksAreFoundByAnAlternateTitleWithoutItsAccents() {
        String marker = "qw" + System.nanoTime();
        Party writer = catalogue.person("Writer");
        works.create(new WorkInput(
                "Indian Summer " + marker,
                null,
                false,
                List.of("Été indien " + marker),
                null,
                List.of(new WorkInput.Writer(
                        writer.id, "100", org.rightstracker.core.work.WriterDesignation.CA, null, false)),
                List.of()));

        assertThat(works.search("ete INDIEN " + marker, 0, 10))
                .extracting(w -> w.title)
                .containsExactly("Indian Summer " + marker);
    }

    @Test
    void theGlobalSearchFindsEachKindButOnlyTheCuesAndProductionsItMayShow() {
        String marker = "qg" + System.nanoTime();
        Party writer = party("Célia Writer " + marker);
        Work work = catalogue.work(writer, List.of());
        Production seen = catalogue.film(false, LocalDate.now());
        Production hidden = catalogue.film(false, LocalDate.now());
        var visibleCue = catalogue.cue(seen, "7M1", CueOrigin.SCORE, work, null);
        catalogue.cue(hidden, "7M1", CueOrigin.SCORE, work, null);

        CatalogueSearch.Results byName = search.search("CELIA writer " + marker, List.of(seen.id), 20);
        CatalogueSearch.Results byNumber = search.search("7m1", List.of(seen.id), 500);
        CatalogueSearch.Results byTitle = search.search(seen.title, List.of(seen.id), 20);
        CatalogueSearch.Results hiddenTitle = search.search(hidden.title, List.of(seen.id), 20);
        CatalogueSearch.Results nothingVisible = search.search("7M1", List.of(), 20);

        assertThat(byName.parties()).extracting(p -> p.id).containsExactly(writer.id);
        assertThat(byNumber.cues()).extracting(c -> c.id).contains(visibleCue.id);
        assertThat(byNumber.cues()).allSatisfy(c -> assertThat(c.production.id).isEqualTo(seen.id));
        assertThat(byTitle.productions()).extracting(p -> p.id).containsExactly(seen.id);
        assertThat(hiddenTitle.productions()).isEmpty();
        assertThat(nothingVisible.cues()).isEmpty();
        assertThat(search.search("  ", List.of(seen.id), 20).isEmpty()).isTrue();
    }

    @Test
    void wordsMatchInAnyOrderAndEveryWordMustBeFound() {
        String marker = "qo" + System.nanoTime();
        Party lumiere = party("Éditions Lumière " + marker);
        party("Lumière Records " + marker);

        assertThat(parties.search("lumiere editions " + marker, 0, 10))
                .extracting(p -> p.id)
                .containsExactly(lumiere.id);
        assertThat(parties.search(marker + " EDITIONS lumiere", 0, 10))
                .extracting(p -> p.id)
                .containsExactly(lumiere.id);
        assertThat(parties.count("lumiere " + marker)).isEqualTo(2);
        assertThat(parties.count("lumiere editions records " + marker)).isZero();
        assertThat(search.search("lumiere editions " + marker, List.of(), 10).parties())
                .extracting(p -> p.id)
                .containsExactly(lumiere.id);
    }

    @Test
    void aWorkIsFoundByWordsInAnyOrderFromItsTitleOrFromAnAlternateTitle() {
        String marker = "qt" + System.nanoTime();
        Party writer = catalogue.person("Writer");
        Work work = works.create(new WorkInput(
                "Indian Summer " + marker,
                null,
                false,
                List.of("Été indien " + marker),
                null,
                List.of(new WorkInput.Writer(
                        writer.id, "100", org.rightstracker.core.work.WriterDesignation.CA, null, false)),
                List.of()));

        assertThat(works.search(marker + " summer indian", 0, 10))
                .extracting(w -> w.id)
                .containsExactly(work.id);
        assertThat(works.search("indien " + marker + " été", 0, 10))
                .extracting(w -> w.id)
                .containsExactly(work.id);
        assertThat(works.count("indian winter " + marker)).isZero();
        assertThat(search.search("summer " + marker + " indian", List.of(), 10).works())
                .extracting(w -> w.id)
                .containsExactly(work.id);
    }

    @Test
    void cuesAndProductionsOfTheGlobalSearchMatchWordsInAnyOrder() {
        String marker = "qc" + System.nanoTime();
        Party writer = party("Cue Writer " + marker);
        Work work = catalogue.work(writer, List.of());
        Production film = catalogue.film(false, LocalDate.now());
        String number = "9M" + System.nanoTime() % 100_000;
        var cue = catalogue.cue(film, number, CueOrigin.SCORE, work, null);

        // The test catalogue titles a cue "Cue <number>".
        CatalogueSearch.Results found = search.search(number + " cue", List.of(film.id), 20);
        CatalogueSearch.Results missing = search.search(number + " cue chase", List.of(film.id), 20);
        List<String> titleWords = new java.util.ArrayList<>(List.of(film.title.split(" ")));
        java.util.Collections.reverse(titleWords);
        CatalogueSearch.Results production =
                search.search(String.join(" ", titleWords).toUpperCase(), List.of(film.id), 20);

        assertThat(found.cues()).extracting(c -> c.id).containsExactly(cue.id);
        assertThat(missing.cues()).isEmpty();
        assertThat(production.productions()).extracting(p -> p.id).containsExactly(film.id);
    }

    @Test
    void aCueIsFoundByItsNumberAsOneWordAmongTitleWords() {
        Production film = catalogue.film(false, LocalDate.now());
        String number = "4M" + System.nanoTime() % 100_000;
        var cue = catalogue.cue(film, number, "Harbour Chase", CueOrigin.SCORE, null, null);

        assertThat(search.search("chase " + number.toLowerCase(), List.of(film.id), 20)
                        .cues())
                .extracting(c -> c.id)
                .containsExactly(cue.id);
        assertThat(search.search(number + " harbour", List.of(film.id), 20).cues())
                .extracting(c -> c.id)
                .containsExactly(cue.id);
        assertThat(search.search(number + " storm", List.of(film.id), 20).cues())
                .as("every word must still be found")
                .isEmpty();
    }
}
