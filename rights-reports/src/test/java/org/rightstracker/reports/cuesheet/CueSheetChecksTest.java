package org.rightstracker.reports.cuesheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.shared.FrameRate;
import org.rightstracker.reports.cuesheet.CueSheetReport.Line;
import org.rightstracker.reports.cuesheet.CueSheetReport.Party;
import org.rightstracker.reports.cuesheet.CueSheetWarning.Kind;

class CueSheetChecksTest {

    static final FrameRate RATE = FrameRate.FPS_24;

    static Party party(String name, String society, String ipi, String share) {
        return new Party(name, "CA", society, ipi, new BigDecimal(share));
    }

    static final Party WRITER = party("Chloé Vasseur", "SACEM", "00014107338", "100.00");
    static final Party PUBLISHER = party("Éditions Lumière", "SACEM", "43393849930", "100.00");

    static Line line(
            String number, String in, String out, Integer seconds, List<Party> writers, List<Party> publishers) {
        return new Line(
                1,
                number,
                "Title " + number,
                "BV",
                "Background vocal",
                in,
                out,
                seconds,
                false,
                false,
                writers,
                publishers,
                "Artist",
                List.of());
    }

    static List<Kind> kinds(List<CueSheetWarning> warnings) {
        return warnings.stream().map(CueSheetWarning::kind).toList();
    }

    @Test
    void aCompleteSheetHasNoWarnings() {
        List<Line> lines = List.of(
                line("1M1", "01:00:00:00", "01:00:30:00", 30, List.of(WRITER), List.of(PUBLISHER)),
                line("1M2", "01:00:30:00", "01:01:00:00", 30, List.of(WRITER), List.of(PUBLISHER)));
        assertThat(CueSheetChecks.check(lines, 600, 60, RATE)).isEmpty();
    }

    @Test
    void aWriterWithoutSocietyOrIpiIsFlaggedByName() {
        Party unknown = party("Søren Ødegaard", null, null, "100.00");
        List<CueSheetWarning> warnings = CueSheetChecks.check(
                List.of(line("2M15", "01:00:00:00", "01:00:30:00", 30, List.of(unknown), List.of(PUBLISHER))),
                600,
                30,
                RATE);
        assertThat(kinds(warnings)).containsExactly(Kind.MISSING_SOCIETY, Kind.MISSING_IPI);
        assertThat(warnings.get(0).message()).isEqualTo("2M15 writer Søren Ødegaard has no society.");
        assertThat(warnings.get(1).message()).isEqualTo("2M15 writer Søren Ødegaard has no IPI number.");
    }

    @Test
    void sharesNotTotallingOneHundredAreFlaggedPerSide() {
        List<CueSheetWarning> warnings = CueSheetChecks.check(
                List.of(line(
                        "3M5",
                        null,
                        null,
                        51,
                        List.of(party("A", "PRS", "00014107338", "50.00")),
                        List.of(party("B", "PRS", "43393849930", "75.00")))),
                600,
                51,
                RATE);
        assertThat(warnings)
                .extracting(CueSheetWarning::message)
                .containsExactly(
                        "3M5 writer shares total 50.00%, not 100%.", "3M5 publisher shares total 75.00%, not 100%.");
    }

    @Test
    void commissionedScoreMayHaveNoPublisherButASongMayNot() {
        Line score = new Line(
                1,
                "1M1",
                "Theme",
                "MT",
                "Main title",
                null,
                null,
                40,
                true,
                false,
                List.of(WRITER),
                List.of(),
                null,
                List.of());
        Line song = line("1M2", null, null, 40, List.of(WRITER), List.of());
        assertThat(kinds(CueSheetChecks.check(List.of(score, song), 600, 80, RATE)))
                .containsExactly(Kind.PUBLISHER_SHARES);
    }

    @Test
    void musicLongerThanTheRuntimeIsFlagged() {
        List<CueSheetWarning> warnings = CueSheetChecks.check(
                List.of(line("1M1", null, null, 90, List.of(WRITER), List.of(PUBLISHER))), 60, 90, RATE);
        assertThat(warnings)
                .extracting(CueSheetWarning::message)
                .containsExactly("Total music time 1:30 is longer than the runtime 1:00.");
    }

    @Test
    void overlappingCuesAreFlaggedButTouchingOnesAreNot() {
        List<Line> lines = List.of(
                line("1M1", "01:00:00:00", "01:01:00:00", 60, List.of(WRITER), List.of(PUBLISHER)),
                line("1M2", "01:01:00:00", "01:01:30:00", 30, List.of(WRITER), List.of(PUBLISHER)),
                line("1M3", "01:00:50:00", "01:00:55:00", 5, List.of(WRITER), List.of(PUBLISHER)));
        List<CueSheetWarning> warnings = CueSheetChecks.check(lines, 6000, 95, RATE);
        assertThat(warnings)
                .extracting(CueSheetWarning::message)
                .containsExactly("1M3 (01:00:50:00 – 01:00:55:00) overlaps 1M1 (01:00:00:00 – 01:01:00:00).");
    }
}
