package org.rightstracker.core.importing.cwr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark's generated file must be a clean, realistic CWR 2.1 file, the same for the same seed. */
class CwrSampleFileTest {

    private static final String FILE = CwrSampleFile.generate(2000, 42);

    @Test
    void theSameSeedGivesTheSameFileAndAnotherSeedAnother() {
        assertThat(CwrSampleFile.generate(2000, 42)).isEqualTo(FILE);
        assertThat(CwrSampleFile.generate(2000, 43)).isNotEqualTo(FILE);
    }

    @Test
    void theFileParsesWithoutAnyProblem() {
        CwrDocument document = CwrParser.parse(FILE);

        assertThat(document.problems()).isEmpty();
        assertThat(document.version()).isEqualTo("2.1");
        assertThat(document.works()).hasSize(2000);
    }

    @Test
    void partiesRecurAcrossWorksAsInARealCatalogue() {
        long parties = CwrSampleFile.partiesIn(FILE);

        assertThat(parties).isBetween(200L, (long) CwrSampleFile.WRITERS + CwrSampleFile.PUBLISHERS);
    }

    @Test
    void someWorksHaveAlternateTitlesRecordingsWithIsrcsAndNoIswc() {
        CwrDocument document = CwrParser.parse(FILE);

        assertThat(document.works())
                .filteredOn(w -> !w.work().alternateTitles().isEmpty())
                .hasSizeBetween(200, 600);
        assertThat(document.works())
                .filteredOn(w -> !w.work().recordings().isEmpty())
                .allSatisfy(w -> assertThat(w.work().recordings().get(0).isrc()).isNotNull())
                .hasSizeBetween(400, 800);
        assertThat(document.works()).filteredOn(w -> w.work().iswc() == null).hasSizeBetween(100, 400);
        assertThat(document.works()).filteredOn(w -> w.writers().size() == 3).isNotEmpty();
    }

    @Test
    void checkDigitsFollowTheIswcAndIpiRules() {
        assertThat(CwrSampleFile.iswc(34_524_680)).isEqualTo("T0345246801");
        assertThat(CwrSampleFile.ipi(141_073)).isEqualTo("00014107338");
    }
}
