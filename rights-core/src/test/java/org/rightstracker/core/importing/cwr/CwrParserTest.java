package org.rightstracker.core.importing.cwr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.work.PublisherRole;
import org.rightstracker.core.work.WriterDesignation;

/** The valid fixtures read exactly; the mapping of PR/SR onto the two sides follows docs/CWR-IMPORT.md. */
class CwrParserTest {

    @Test
    void nwrExampleGivesEachWriterHalfTheWritersSideAndTheSrSharesToThePublishers() {
        CwrDocument doc = CwrParser.parse(CwrFixtures.text(CwrFixtures.NWR_EXAMPLE));

        assertThat(doc.problems()).isEmpty();
        assertThat(doc.version()).isEqualTo("2.1");
        assertThat(doc.sender()).isEqualTo("THE SENDER");
        assertThat(doc.works()).hasSize(1);
        CwrDocument.ParsedWork work = doc.works().get(0);
        assertThat(work.work().title()).isEqualTo("THE WORK");
        assertThat(work.work().iswc()).isNull();
        // DOE JOHN: PR 25 of his own + PR 25 of THE PUBLISHER linked by PWR = 50; DOE JANE: PR 50.
        assertThat(work.writers())
                .extracting(
                        w -> w.writer().name(),
                        w -> w.share().value(),
                        w -> w.writer().designation(),
                        w -> w.writer().society(),
                        w -> w.writer().ipi())
                .containsExactly(
                        tuple("JOHN DOE", new BigDecimal("50.00"), WriterDesignation.CA, "ASCAP", "00000000395"),
                        tuple("JANE DOE", new BigDecimal("50.00"), WriterDesignation.CA, null, null));
        assertThat(work.publishers())
                .extracting(
                        p -> p.party().name(),
                        p -> p.share().value(),
                        CwrOwnership.PublisherPart::role,
                        p -> p.party().society(),
                        p -> p.party().ipi(),
                        CwrOwnership.PublisherPart::selfPublished)
                .containsExactly(
                        tuple(
                                "THE PUBLISHER",
                                new BigDecimal("50.00"),
                                PublisherRole.ORIGINAL_PUBLISHER,
                                "ASCAP",
                                "00000000297",
                                false),
                        tuple(
                                "THE SENDER",
                                new BigDecimal("0.00"),
                                PublisherRole.ADMINISTRATOR,
                                "ASCAP",
                                "00000000199",
                                false),
                        tuple("JANE DOE", new BigDecimal("50.00"), PublisherRole.ORIGINAL_PUBLISHER, null, null, true));
    }

    @Test
    void revExampleReadsBothWorksWithAlternateTitlesAndTheRecording() {
        CwrDocument doc = CwrParser.parse(CwrFixtures.text(CwrFixtures.REV_EXAMPLE));

        assertThat(doc.problems()).isEmpty();
        assertThat(doc.works()).extracting(w -> w.work().title()).containsExactly("THE ONE", "SECOND BEST");
        CwrDocument.ParsedWork one = doc.works().get(0);
        assertThat(one.work().alternateTitles())
                .containsExactly("THE ONE BED", "THE ONE DRUMS ONLY", "THE ONE NO DRUMS", "THE ONE STING");
        assertThat(one.writers())
                .extracting(
                        w -> w.writer().name(),
                        w -> w.share().value(),
                        w -> w.writer().society())
                .containsExactly(tuple("JOHN JAMES SMITH", new BigDecimal("100.00"), "BMI"));
        assertThat(one.publishers())
                .extracting(
                        p -> p.party().name(),
                        p -> p.share().value(),
                        p -> p.party().society())
                .containsExactly(tuple("DMP DEMO PUBLISHING", new BigDecimal("100.00"), "PRS"));
        assertThat(one.work().recordings())
                .extracting(CwrRecording::title, CwrRecording::artist, CwrRecording::label, CwrRecording::isrc)
                .containsExactly(tuple("THE ONE", "THE BAND", "DML", null));
        assertThat(one.work().origin()).contains("LIB").contains("DMP DEMO LIBRARY");

        CwrDocument.ParsedWork second = doc.works().get(1);
        assertThat(second.work().alternateTitles()).containsExactly("SECOND PLACE");
        assertThat(second.writers())
                .extracting(w -> w.writer().name(), w -> w.share().value())
                .containsExactly(
                        tuple("JOHN JAMES SMITH", new BigDecimal("50.00")),
                        tuple("AARON ADAMS", new BigDecimal("50.00")));
        assertThat(second.publishers())
                .extracting(p -> p.party().name(), p -> p.share().value(), CwrOwnership.PublisherPart::selfPublished)
                .containsExactly(
                        tuple("DMP DEMO PUBLISHING", new BigDecimal("50.00"), false),
                        tuple("AARON ADAMS", new BigDecimal("50.00"), true));
    }

    @Test
    void crlfLineEndsReadExactlyLikeLf() {
        String lf = CwrFixtures.text(CwrFixtures.REV_EXAMPLE);
        CwrDocument fromLf = CwrParser.parse(lf);
        CwrDocument fromCrLf = CwrParser.parse(lf.replace("\n", "\r\n"));

        assertThat(fromCrLf.problems()).isEmpty();
        assertThat(fromCrLf.works()).isEqualTo(fromLf.works());
    }

    @Test
    void zeroPaddedAndLeftAlignedSocietyCodesNameTheSameSociety() {
        String leftAligned = CwrFixtures.text(CwrFixtures.REV_EXAMPLE);
        assertThat(leftAligned).contains("0000000039521 05000");
        String zeroPadded = leftAligned.replace("0000000039521 05000", "00000000395021050000");

        assertThat(writerSocieties(leftAligned)).containsExactly("BMI");
        assertThat(writerSocieties(zeroPadded)).containsExactly("BMI");
    }

    private static Set<String> writerSocieties(String text) {
        return CwrParser.parse(text).works().stream()
                .flatMap(w -> w.writers().stream())
                .filter(w -> w.writer().lastName().equals("SMITH"))
                .map(w -> w.writer().society())
                .collect(Collectors.toSet());
    }

    @Test
    void aWorkRegisteredAgainWithItsIswcFoldsIntoOneWorkThatKeepsTheIswc() {
        List<String> lines = new java.util.ArrayList<>(CwrReader.lines(CwrFixtures.text(CwrFixtures.NWR_EXAMPLE)));
        List<String> again = new java.util.ArrayList<>(lines.subList(2, 10));
        String header = again.get(0);
        again.set(0, header.substring(0, 95) + "T0345246801" + header.substring(106));
        lines.addAll(10, again);

        CwrDocument document = CwrParser.parse(String.join("\n", lines) + "\n");

        assertThat(document.works()).singleElement().satisfies(w -> {
            assertThat(w.work().title()).isEqualTo("THE WORK");
            assertThat(w.work().iswc()).isEqualTo("T0345246801");
            assertThat(w.work().line()).isEqualTo(11);
        });
        assertThat(document.problems())
                .filteredOn(p -> p.line() == 11)
                .extracting(CwrProblem::message)
                .containsExactly("\"THE WORK\" was already registered at line 3; this later registration replaces it.");
    }

    @Test
    void demoFileReportsEveryDefectTheFixturesDescribe() {
        String text = CwrFixtures.text(CwrFixtures.DEMO);
        List<CwrProblem> problems = CwrParser.parse(text).problems();

        assertThat(problems)
                .filteredOn(p -> p.field() != null && p.field().equals("Transaction type"))
                .filteredOn(p -> p.recordType().equals("NWR"))
                .extracting(CwrProblem::line)
                .containsExactly(3, 9, 69);
        assertThat(problems)
                .filteredOn(p -> "ISWC".equals(p.field()))
                .extracting(CwrProblem::line, CwrProblem::message)
                .containsExactly(tuple(
                        9,
                        "ISWC T-012.345.678-9 is also given to \"MIDNIGHT SERENADE\" (line 3);"
                                + " one ISWC identifies one work."));
        // Every SPU/OPU/SWR/OWR that carries an IPI name number fails its check digits.
        List<String> lines = CwrReader.lines(text);
        List<Integer> withIpi = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            CwrField ipi = line.startsWith("SPU") || line.startsWith("OPU")
                    ? CwrLayout.PUB_IPI
                    : line.startsWith("SWR") || line.startsWith("OWR") ? CwrLayout.WRITER_IPI : null;
            if (ipi != null && !ipi.raw(line).equals("00000000000")) {
                withIpi.add(i + 1);
            }
        }
        assertThat(withIpi).hasSize(35);
        assertThat(problems)
                .filteredOn(p -> p.field() != null && p.field().endsWith("IPI name number"))
                .extracting(CwrProblem::line)
                .containsExactlyElementsOf(withIpi);
        assertThat(problems)
                .filteredOn(p -> p.line() == 21)
                .extracting(CwrProblem::field, CwrProblem::message)
                .containsExactly(
                        tuple(
                                "MR ownership shares",
                                "The MR ownership shares of \"MIDNIGHT SERENADE\" total 125.00%;"
                                        + " each right must total 100% (±0.06)."),
                        tuple(
                                "SR ownership shares",
                                "The SR ownership shares of \"MIDNIGHT SERENADE\" total 125.00%;"
                                        + " each right must total 100% (±0.06)."));
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).isNotBlank());
    }

    @Test
    void aSharesTotalOutsideTheToleranceIsAnErrorAndInsideItIsNot() {
        String text = CwrFixtures.text(CwrFixtures.NWR_EXAMPLE);
        // JANE DOE's PR share from 50.00 to 50.06: PR totals 100.06, still within CWR's tolerance.
        String inside = text.replace("05000   05000   05000 N", "05006   05000   05000 N");
        String outside = text.replace("05000   05000   05000 N", "05007   05000   05000 N");

        assertThat(CwrParser.parse(inside).problems()).isEmpty();
        assertThat(CwrParser.parse(outside).problems())
                .extracting(CwrProblem::line, CwrProblem::field, CwrProblem::isError)
                .containsExactly(tuple(3, "PR ownership shares", true));
    }
}
