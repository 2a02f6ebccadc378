package org.rightstracker.core.importing.cwr;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.importing.cuelist.CueListImport;
import org.rightstracker.core.importing.cuelist.CueListImportResult;
import org.rightstracker.core.importing.cuelist.CueListReader;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.service.TestCatalogue;
import org.rightstracker.core.shared.SearchKey;

/**
 * The CWR import tells parties apart by the catalogue's one rule ({@link
 * org.rightstracker.core.catalogue.PartyMatcher}), as the cue-list import does: a name given with and
 * without an IPI is one party, two IPIs are two parties.
 */
@QuarkusTest
class CwrPartyRuleTest {

    // The REV example names its publisher in both works, with the same IPI each time.
    private static final String PUBLISHER = "DMP DEMO PUBLISHING";
    private static final String FIRST_SPU_IPI = "E 00000000000000000199";
    private static final String SECOND_SPU = "SPU00000001";

    @Inject
    CwrImport cwr;

    @Inject
    CueListImport cueLists;

    @Inject
    TestCatalogue catalogue;

    @BeforeEach
    void withoutTheFixturesData() {
        CwrFixtureData.remove();
    }

    @Test
    void aPublisherNamedWithAnIpiAndLaterWithoutIsOnePartyAlsoForALaterCueList() {
        String name = freshName();
        String ipi = freshIpi();
        String file = revExample(name, ipi, null);

        CwrPreview preview = cwr.preview("rev.V21", file);
        CwrImportResult result = cwr.commit("rev.V21", file);

        assertThat(preview.parties())
                .filteredOn(p -> p.name().equals(name))
                .singleElement()
                .satisfies(p -> assertThat(p.ipi()).isEqualTo(ipi));
        // The publisher, John James Smith and Aaron Adams.
        assertThat(result.partiesCreated()).isEqualTo(3);
        assertThat(named(name))
                .singleElement()
                .satisfies(p -> assertThat(p.ipiNameNumber).isEqualTo(ipi));
        QuarkusTransaction.requiringNew().run(() -> {
            Party publisher = Party.findByIpiNameNumber(ipi).orElseThrow();
            assertThat(List.of("THE ONE", "SECOND BEST"))
                    .allSatisfy(title -> assertThat(Party.getEntityManager()
                                    .createQuery(
                                            "select count(s) from PublisherShare s where s.work.title = ?1"
                                                    + " and s.party = ?2",
                                            Long.class)
                                    .setParameter(1, title)
                                    .setParameter(2, publisher)
                                    .getSingleResult())
                            .isEqualTo(1L));
        });

        // A cue list naming the publisher in other letters and without its IPI finds the same party.
        String song = TestCatalogue.unique("Harbour Song");
        String list = "Cue #,Title,Usage,Artist,Writers,Publishers,Master owners\n" + "1M1," + song + ",BV,,\""
                + TestCatalogue.unique("Ann Writer") + " 100\",\"" + titleCase(name) + " 100\",\n";
        long film = catalogue.film(false, LocalDate.now()).id;
        CueListImportResult cues = cueLists.commit(film, "cues.csv", CueListReader.csv(list));

        assertThat(cues.partiesCreated()).isEqualTo(1);
        assertThat(named(name)).hasSize(1);
        QuarkusTransaction.requiringNew().run(() -> {
            Cue cue = Cue.find("production.id = ?1 and number = '1M1'", film).singleResult();
            assertThat(cue.work.publishers)
                    .singleElement()
                    .satisfies(p -> assertThat(p.party.ipiNameNumber).isEqualTo(ipi));
        });
    }

    @Test
    void theSameNameWithTwoIpisIsTwoParties() {
        String name = freshName();
        String first = freshIpi();
        String second = freshIpi();

        CwrImportResult result = cwr.commit("rev.V21", revExample(name, first, second));

        assertThat(result.partiesCreated()).isEqualTo(4);
        assertThat(named(name)).extracting(p -> p.ipiNameNumber).containsExactlyInAnyOrder(first, second);
    }

    /**
     * The REV example with its publisher renamed (same length, so the fixed-width fields stay in place),
     * its IPI in the first work replaced and in the second work replaced or left blank.
     */
    private static String revExample(String name, String firstIpi, String secondIpi) {
        String text = CwrFixtures.text(CwrFixtures.REV_EXAMPLE).replace(PUBLISHER, name);
        StringBuilder out = new StringBuilder();
        for (String line : text.split("(?<=\n)")) {
            if (line.startsWith(SECOND_SPU)) {
                String ipi = secondIpi == null ? " ".repeat(11) : secondIpi;
                line = line.replace(FIRST_SPU_IPI, FIRST_SPU_IPI.substring(0, 11) + ipi);
            } else if (line.startsWith("SPU")) {
                line = line.replace(FIRST_SPU_IPI, FIRST_SPU_IPI.substring(0, 11) + firstIpi);
            }
            out.append(line);
        }
        return out.toString();
    }

    private static String freshName() {
        return String.format(
                Locale.ROOT, "DMP TEST %010d", ThreadLocalRandom.current().nextLong(10_000_000_000L));
    }

    private static String freshIpi() {
        return CwrSampleFile.ipi(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
    }

    private static String titleCase(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    private static List<Party> named(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Party.<Party>list("nameKey = ?1", SearchKey.of(name)));
    }

    @Test
    void aWorkStoredWithAccentsIsTheSameWorkAsTheFilesTitleWithoutThem() {
        String file = revExample(freshName(), freshIpi(), null);
        cwr.commit("rev.V21", file);
        // Someone retyped the stored title with accents and the ISWC is not known: the title decides.
        QuarkusTransaction.requiringNew().run(() -> {
            org.rightstracker.core.work.Work stored =
                    org.rightstracker.core.work.Work.find("title", "THE ONE").singleResult();
            stored.title = "Thé One";
            stored.iswc = null;
        });

        CwrImportResult again = cwr.commit("rev.V21", file);

        assertThat(again.worksCreated())
                .as("matched by title, accents and case ignored")
                .isZero();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> org.rightstracker.core.work.Work.count("titleKey", SearchKey.of("the one"))))
                .isEqualTo(1L);
    }
}
