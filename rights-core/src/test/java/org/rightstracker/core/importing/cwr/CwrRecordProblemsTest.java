package org.rightstracker.core.importing.cwr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Defects of single records and of the envelope, each placed by line, record type and field. */
class CwrRecordProblemsTest {

    private static final String NWR = CwrFixtures.text(CwrFixtures.NWR_EXAMPLE);

    private static List<String> lines() {
        return new java.util.ArrayList<>(CwrReader.lines(NWR));
    }

    private static String join(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void anUnknownRecordTypeIsReportedWithItsLine() {
        List<String> lines = lines();
        lines.add(9, "XYZ0000000000000008SOMETHING");

        assertThat(CwrParser.parse(join(lines)).problems())
                .filteredOn(CwrProblem::isError)
                .extracting(CwrProblem::line, CwrProblem::recordType, CwrProblem::field)
                .containsExactly(tuple(10, "XYZ", "Record type"));
    }

    @Test
    void aTruncatedRecordIsReportedWithTheFieldItStopsBefore() {
        List<String> lines = lines();
        lines.set(6, lines.get(6).substring(0, 120));

        assertThat(CwrParser.parse(join(lines)).problems())
                .filteredOn(CwrProblem::isError)
                .extracting(CwrProblem::line, CwrProblem::recordType, CwrProblem::field)
                .contains(tuple(7, "SWR", "SR ownership share"));
    }

    @Test
    void aShareCutOffMidFieldIsReportedOnceAndNotReadAsANumber() {
        List<String> lines = lines();
        // THE PUBLISHER's SPU stops two digits into its MR share ("05" of "05000").
        lines.set(3, lines.get(3).substring(0, 125));

        assertThat(CwrParser.parse(join(lines)).problems())
                .filteredOn(CwrProblem::isError)
                .extracting(CwrProblem::line, CwrProblem::recordType, CwrProblem::field)
                .containsExactly(tuple(4, "SPU", "SR ownership share"));
    }

    @Test
    void aFileCutOffBeforeItsTrailerIsTruncated() {
        List<String> lines = lines().subList(0, 8);

        assertThat(CwrParser.parse(join(lines)).problems())
                .filteredOn(CwrProblem::isError)
                .extracting(CwrProblem::message)
                .anySatisfy(m -> assertThat(m).contains("truncated"));
    }

    @Test
    void anIswcWithAWrongCheckDigitIsReported() {
        List<String> lines = lines();
        String header = lines.get(2);
        lines.set(2, header.substring(0, 95) + "T0123456788" + header.substring(106));

        assertThat(CwrParser.parse(join(lines)).problems())
                .extracting(CwrProblem::line, CwrProblem::recordType, CwrProblem::field, CwrProblem::message)
                .containsExactly(tuple(3, "NWR", "ISWC", "ISWC T0123456788 has check digit 8; expected 9."));
    }

    @Test
    void aShareThatIsNotANumberIsReported() {
        List<String> lines = lines();
        lines.set(9, lines.get(9).replace("05000   05000   05000 N", "05000   05000   05A00 N"));

        assertThat(CwrParser.parse(join(lines)).problems())
                .filteredOn(p -> p.line() == 10)
                .extracting(CwrProblem::recordType, CwrProblem::field)
                .containsExactly(tuple("OWR", "SR ownership share"));
    }

    @Test
    void blankOptionalFieldsAndTrimmedLinesAreAccepted() {
        // JANE DOE's OWR already has no IPI and no societies; trimming every line's trailing spaces
        // must change nothing.
        List<String> lines = lines();
        lines.replaceAll(String::stripTrailing);

        CwrDocument doc = CwrParser.parse(join(lines));
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.works().get(0).writers())
                .extracting(w -> w.share().value())
                .containsExactly(new BigDecimal("50.00"), new BigDecimal("50.00"));
    }

    @Test
    void aFileThatDoesNotStartWithAHeaderIsNotCwr() {
        assertThat(CwrParser.parse("cue,title\n1M1,Opening\n").problems())
                .extracting(CwrProblem::line, CwrProblem::message)
                .containsExactly(tuple(1, "The file does not start with an HDR record, so it is not a CWR file."));
    }

    @Test
    void writerSharesAreRoundedSoTheSideTotalsExactlyOneHundred() {
        List<BigDecimal> thirds =
                CwrOwnership.toHundred(List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE), new BigDecimal("3"));

        assertThat(thirds).containsExactly(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33"));
    }
}
