package org.rightstracker.core.importing.cwr;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.service.TestCatalogue;
import org.rightstracker.core.work.Work;

/** A production's own music as CWR 2.2: read back by the import, it gives the same works. */
@QuarkusTest
class CwrExportTest {

    @Inject
    CwrImport cwr;

    @Inject
    CwrExport export;

    @Inject
    TestCatalogue catalogue;

    @BeforeEach
    void withoutTheFixturesData() {
        QuarkusTransaction.requiringNew().run(() -> Cue.delete("work.title in ?1", CwrFixtureData.WORK_TITLES));
        CwrFixtureData.remove();
    }

    @Test
    void anExportImportedIntoAnEmptyCatalogueGivesTheSameWorks() {
        cwr.commit("nwr.V21", CwrFixtures.text(CwrFixtures.NWR_EXAMPLE));
        cwr.commit("rev.V21", CwrFixtures.text(CwrFixtures.REV_EXAMPLE));
        List<String> before = described();
        Production film = catalogue.film(true, LocalDate.of(2026, 1, 1));
        QuarkusTransaction.requiringNew().run(() -> {
            int n = 1;
            for (String title : CwrFixtureData.WORK_TITLES.subList(0, 3)) {
                catalogue.cue(
                        film,
                        "1M" + n++,
                        CueOrigin.SCORE,
                        Work.find("title", title).singleResult(),
                        null);
            }
        });

        CwrExport.Export file = export.production(film.id, LocalDateTime.of(2026, 12, 5, 9, 30));

        assertThat(file.works()).isEqualTo(3);
        assertThat(file.fileName()).endsWith(".V22");
        CwrDocument read = CwrParser.parse(file.text());
        // HDR, GRH, GRT and TRL counts agree with the file (a mismatch would be a warning) and nothing is wrong.
        assertThat(read.problems()).isEmpty();
        assertThat(read.version()).isEqualTo("2.2");
        assertThat(file.text()).contains("ORN0000000000000").contains(film.title.toUpperCase());

        withoutTheFixturesData();
        cwr.commit("back.V22", file.text());

        assertThat(described()).isEqualTo(before);
    }

    @Test
    void aWorkWithoutARegistrationIsSentWithSharesDerivedFromItsSides() {
        cwr.commit("nwr.V21", CwrFixtures.text(CwrFixtures.NWR_EXAMPLE)); // brings the submitter party
        Party publisher = catalogue.organisation("Studio Songs", PartyRole.PUBLISHER);
        Party composer = catalogue.person("Composer");
        Work work = catalogue.work(composer, List.of(TestCatalogue.publisher(publisher, "100")));
        Production film = catalogue.film(true, LocalDate.of(2026, 1, 1));
        catalogue.cue(film, "1M1", CueOrigin.SCORE, work, null);
        catalogue.cue(film, "1M2", CueOrigin.SOUNDTRACK, null, null);

        // The configured submitter is not this work's publisher: the work is still sent, as other parties'.
        CwrDocument read =
                CwrParser.parse(export.production(film.id, LocalDateTime.now()).text());

        assertThat(read.problems()).isEmpty();
        assertThat(read.works()).singleElement().satisfies(w -> {
            assertThat(w.work().title()).isEqualTo(work.title.toUpperCase());
            assertThat(w.writers())
                    .extracting(
                            p -> p.writer().pr().toPlainString(),
                            p -> p.share().value().toPlainString())
                    .containsExactly(org.assertj.core.api.Assertions.tuple("50.00", "100.00"));
            assertThat(w.publishers())
                    .extracting(p -> p.party().name(), p -> p.share().value().toPlainString())
                    .containsExactly(org.assertj.core.api.Assertions.tuple(publisher.name.toUpperCase(), "100.00"));
        });
    }

    @Test
    void aProductionWithoutItsOwnMusicHasNothingToRegister() {
        Production film = catalogue.film(true, LocalDate.of(2026, 1, 1));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> export.production(film.id, LocalDateTime.now()))
                .isInstanceOf(org.rightstracker.core.shared.ValidationException.class)
                .hasMessageContaining("nothing of its own to register");
    }

    /** Each fixture work as title, ISWC, alternate titles, writers and publishers with their shares. */
    private static List<String> described() {
        return QuarkusTransaction.requiringNew()
                .call(() -> Work.<Work>list("title in ?1 order by title", CwrFixtureData.WORK_TITLES).stream()
                        .map(w -> w.title + " | " + w.iswc + " | " + w.alternateTitles + " | "
                                + w.writers.stream()
                                        .map(s -> s.party.name + " " + s.share + " " + s.designation + " " + s.society
                                                + " " + s.workForHire + " " + s.party.ipiNameNumber)
                                        .collect(Collectors.joining(", "))
                                + " | "
                                + w.publishers.stream()
                                        .map(s -> s.party.name + " " + s.share + " " + s.role + " " + s.society)
                                        .collect(Collectors.joining(", ")))
                        .toList());
    }
}
