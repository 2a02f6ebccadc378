package org.rightstracker.core.importing.cwr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.work.RightHolderKind;
import org.rightstracker.core.work.Work;

/**
 * What a CWR file says beyond the two clearance sides is stored as data: collection territories, PR and
 * MR shares beside SR, the registration's header fields, ALT types and languages, REC album and catalogue
 * number, ORN title and year, a party's MR society; and a second import of the same file changes nothing.
 */
@QuarkusTest
class CwrFieldsKeptTest {

    static final String ISWC = CwrSampleFile.iswc(987_654_321);
    static final String PUBLISHER_IPI = CwrSampleFile.ipi(987_654_321L);
    static final String WRITER_IPI = CwrSampleFile.ipi(987_654_322L);

    @Inject
    CwrImport cwr;

    @BeforeEach
    void withoutTheFixturesData() {
        CwrFixtureData.remove();
    }

    /** One work: a publisher collecting everywhere except Canada, its writer, an ALT, a REC and an ORN. */
    static String file() {
        List<String> body = List.of(
                line("NWR")
                        .put(20, 60, "NORTHERN LIGHTS THEME")
                        .put(80, 2, "EN")
                        .put(82, 14, "STU000042")
                        .put(96, 11, ISWC)
                        .put(107, 8, "20240315")
                        .put(127, 3, "SER")
                        .put(130, 6, "000312")
                        .put(136, 1, "Y")
                        .put(143, 3, "MOD")
                        .text(),
                line("SPU")
                        .put(20, 2, "01")
                        .put(22, 9, "P1")
                        .put(31, 45, "AURORA SCORE MUSIC")
                        .put(76, 1, "N")
                        .put(77, 2, "E")
                        .put(88, 11, PUBLISHER_IPI)
                        .put(113, 3, "052")
                        .put(116, 5, "05000")
                        .put(121, 3, "034")
                        .put(124, 5, "07500")
                        .put(129, 3, "052")
                        .put(132, 5, "10000")
                        .text(),
                line("SPT")
                        .put(20, 9, "P1")
                        .put(35, 5, "05000")
                        .put(40, 5, "07500")
                        .put(45, 5, "10000")
                        .put(50, 1, "I")
                        .put(51, 4, "2136")
                        .put(55, 1, "N")
                        .put(56, 3, "001")
                        .text(),
                line("SPT")
                        .put(20, 9, "P1")
                        .put(35, 5, "00000")
                        .put(40, 5, "00000")
                        .put(45, 5, "00000")
                        .put(50, 1, "E")
                        .put(51, 4, "0124")
                        .put(55, 1, "N")
                        .put(56, 3, "002")
                        .text(),
                line("SWR")
                        .put(20, 9, "W1")
                        .put(29, 45, "LINDQVIST")
                        .put(74, 30, "MARIA")
                        .put(104, 1, "N")
                        .put(105, 2, "C")
                        .put(116, 11, WRITER_IPI)
                        .put(127, 3, "052")
                        .put(130, 5, "05000")
                        .put(135, 3, "034")
                        .put(138, 5, "02500")
                        .put(143, 3, "   ")
                        .put(146, 5, "00000")
                        .put(153, 1, "Y")
                        .text(),
                line("SWT")
                        .put(20, 9, "W1")
                        .put(29, 5, "05000")
                        .put(34, 5, "02500")
                        .put(39, 5, "00000")
                        .put(44, 1, "I")
                        .put(45, 4, "2136")
                        .put(49, 1, "N")
                        .put(50, 3, "001")
                        .text(),
                line("PWR")
                        .put(20, 9, "P1")
                        .put(29, 45, "AURORA SCORE MUSIC")
                        .put(102, 9, "W1")
                        .text(),
                line("ALT")
                        .put(20, 60, "LUMIERES DU NORD")
                        .put(80, 2, "TT")
                        .put(82, 2, "FR")
                        .text(),
                line("REC")
                        .put(20, 8, "20240401")
                        .put(88, 6, "000312")
                        .put(99, 60, "NORTHERN LIGHTS (ORIGINAL SCORE)")
                        .put(159, 60, "AURORA RECORDS")
                        .put(219, 18, "AUR-0042")
                        .put(250, 12, "GBXYZ2400042")
                        .text(),
                line("ORN")
                        .put(20, 3, "FIL")
                        .put(23, 60, "NORTHERN LIGHTS")
                        .put(280, 4, "2024")
                        .text());
        return envelope(body);
    }

    @Test
    void theFixtureFileTheWebTestsImportIsThisFile() {
        assertThat(CwrFixtures.text("registration-fields.V21")).isEqualTo(file());
    }

    @Test
    void everyRegistrationFieldIsStoredAsData() {
        cwr.commit("kept.V21", file());

        QuarkusTransaction.requiringNew().run(() -> {
            Work work = Work.find("title", "NORTHERN LIGHTS THEME").singleResult();
            assertThat(work.submitterWorkNumber).isEqualTo("STU000042");
            assertThat(work.languageCode).isEqualTo("EN");
            assertThat(work.versionType).isEqualTo("MOD");
            assertThat(work.copyrightDate).isEqualTo(LocalDate.of(2024, 3, 15));
            assertThat(work.durationSeconds).isEqualTo(3 * 60 + 12);
            assertThat(work.originProductionTitle).isEqualTo("NORTHERN LIGHTS");
            assertThat(work.originProductionYear).isEqualTo(2024);
            assertThat(work.titleDetails)
                    .extracting(t -> t.title, t -> t.titleType, t -> t.languageCode)
                    .containsExactly(tuple("LUMIERES DU NORD", "TT", "FR"));
            assertThat(work.rightOwnership)
                    .extracting(o -> o.party.name, o -> o.kind, o -> o.pr, o -> o.mr, o -> o.sr)
                    .containsExactly(
                            tuple("MARIA LINDQVIST", RightHolderKind.WRITER, bd("50.00"), bd("25.00"), bd("0.00")),
                            tuple(
                                    "AURORA SCORE MUSIC",
                                    RightHolderKind.PUBLISHER,
                                    bd("50.00"),
                                    bd("75.00"),
                                    bd("100.00")));
            // The publisher (owner 1) collects everywhere except Canada; the writer (owner 0) worldwide.
            assertThat(work.collectionTerritories)
                    .extracting(t -> t.owner, t -> t.included, t -> t.tisCode, t -> t.pr, t -> t.mr, t -> t.sr)
                    .containsExactly(
                            tuple(1, true, 2136, bd("50.00"), bd("75.00"), bd("100.00")),
                            tuple(1, false, 124, bd("0.00"), bd("0.00"), bd("0.00")),
                            tuple(0, true, 2136, bd("50.00"), bd("25.00"), bd("0.00")));
            // Sync clearance keeps using SR: the publishers' side is the SR split.
            assertThat(work.publishers)
                    .extracting(p -> p.party.name, p -> p.share)
                    .containsExactly(tuple("AURORA SCORE MUSIC", bd("100.00")));
            assertThat(work.writers).extracting(w -> w.workForHire).containsExactly(true);
            assertThat(work.notes).isNull();

            Recording recording = Recording.find("isrc", "GBXYZ2400042").singleResult();
            assertThat(recording.albumTitle).isEqualTo("NORTHERN LIGHTS (ORIGINAL SCORE)");
            assertThat(recording.catalogueNumber).isEqualTo("AUR-0042");

            assertThat(Party.findByIpiNameNumber(PUBLISHER_IPI).orElseThrow().mrSociety)
                    .isEqualTo("HFA");
            assertThat(Party.findByIpiNameNumber(WRITER_IPI).orElseThrow().mrSociety)
                    .isEqualTo("HFA");
        });
    }

    @Test
    void aSecondImportOfTheSameFileChangesNothing() {
        cwr.commit("kept.V21", file());

        CwrPreview again = cwr.preview("kept.V21", file());

        assertThat(again.problems()).isEmpty();
        assertThat(again.changesSomething()).isFalse();
    }

    @Test
    void aChangedRegistrationFieldUpdatesTheWork() {
        cwr.commit("kept.V21", file());
        String excludingTheUsToo = file().replace("E0124N002", "E0840N002");

        CwrPreview changed = cwr.preview("kept.V21", excludingTheUsToo);
        cwr.commit("kept.V21", excludingTheUsToo);

        assertThat(changed.works())
                .singleElement()
                .satisfies(w -> assertThat(w.changes()).containsExactly("registration details updated"));
        QuarkusTransaction.requiringNew().run(() -> {
            Work work = Work.find("title", "NORTHERN LIGHTS THEME").singleResult();
            assertThat(work.collectionTerritories)
                    .filteredOn(t -> !t.included)
                    .extracting(t -> t.tisCode)
                    .containsExactly(840);
        });
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    static CwrLine line(String type) {
        return new CwrLine(type);
    }

    /** HDR, one NWR group and the trailers around the transaction's records, with correct counts. */
    static String envelope(List<String> body) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(new CwrLine("HDR")
                .put(4, 2, "PB")
                .put(6, 9, "000000199")
                .put(15, 45, "STUDIO PUBLISHING")
                .put(60, 5, "01.10")
                .put(65, 8, "20260101")
                .put(73, 6, "120000")
                .put(79, 8, "20260101")
                .text());
        lines.add("GRHNWR0000102.100000000000  ");
        for (int i = 0; i < body.size(); i++) {
            String record = body.get(i);
            lines.add(record.substring(0, 3) + String.format("%08d%08d", 0, i) + record.substring(19));
        }
        lines.add(new CwrLine("GRT")
                .put(4, 5, "00001")
                .put(9, 8, "00000001")
                .put(17, 8, String.format("%08d", body.size() + 2))
                .text());
        lines.add(new CwrLine("TRL")
                .put(4, 5, "00001")
                .put(9, 8, "00000001")
                .put(17, 8, String.format("%08d", lines.size() + 1))
                .text());
        return String.join("\r\n", lines) + "\r\n";
    }

    /** A fixed-width record, columns counted from 1 as the CWR specification counts them. */
    static final class CwrLine {

        private final StringBuilder text = new StringBuilder();

        CwrLine(String type) {
            text.append(type);
            if (!List.of("HDR", "GRH", "GRT", "TRL").contains(type)) {
                text.append("0".repeat(16));
            }
        }

        CwrLine put(int column, int width, String value) {
            String v = value.length() > width ? value.substring(0, width) : value;
            while (text.length() < column - 1 + width) {
                text.append(' ');
            }
            text.replace(column - 1, column - 1 + width, v + " ".repeat(width - v.length()));
            return this;
        }

        String text() {
            return text.toString();
        }
    }
}
