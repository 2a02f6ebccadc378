package org.rightstracker.reports.cuesheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rightstracker.core.shared.FrameRate;
import org.rightstracker.core.shared.InvalidValueException;
import org.rightstracker.core.shared.RunningTime;
import org.rightstracker.core.shared.Timecode;
import org.rightstracker.reports.cuesheet.CueSheetReport.Line;
import org.rightstracker.reports.cuesheet.CueSheetReport.Party;
import org.rightstracker.reports.cuesheet.CueSheetWarning.Kind;

/**
 * The checks a music coordinator runs before filing a cue sheet: every writer and publisher
 * identifiable (society and IPI), each side of every work adding up to 100%, the music fitting in the
 * runtime, and no two cues claiming the same seconds. Plain Java over the report lines.
 */
final class CueSheetChecks {

    private static final BigDecimal HUNDRED = new BigDecimal("100.00");

    private CueSheetChecks() {}

    static List<CueSheetWarning> check(List<Line> lines, Integer runtimeSeconds, int musicSeconds, FrameRate rate) {
        List<CueSheetWarning> warnings = new ArrayList<>();
        for (Line line : lines) {
            checkLine(line, warnings);
        }
        if (runtimeSeconds != null && musicSeconds > runtimeSeconds) {
            warnings.add(new CueSheetWarning(
                    Kind.MUSIC_BEYOND_RUNTIME,
                    null,
                    "Total music time " + clock(musicSeconds) + " is longer than the runtime " + clock(runtimeSeconds)
                            + "."));
        }
        warnings.addAll(overlaps(lines, rate));
        return warnings;
    }

    private static void checkLine(Line line, List<CueSheetWarning> warnings) {
        String cue = line.number();
        if (line.durationSeconds() == null) {
            warnings.add(new CueSheetWarning(Kind.NO_TIMING, cue, cue + " has no duration."));
        }
        if (line.publicDomain()) {
            return;
        }
        if (line.writers().isEmpty() && line.publishers().isEmpty()) {
            warnings.add(new CueSheetWarning(
                    Kind.NO_COMPOSITION, cue, cue + " has no composition with writers or publishers linked."));
            return;
        }
        for (Party writer : line.writers()) {
            identity(cue, "writer", writer, warnings);
        }
        for (Party publisher : line.publishers()) {
            identity(cue, "publisher", publisher, warnings);
        }
        BigDecimal writers = total(line.writers());
        if (writers.compareTo(HUNDRED) != 0) {
            warnings.add(new CueSheetWarning(
                    Kind.WRITER_SHARES, cue, cue + " writer shares total " + writers.toPlainString() + "%, not 100%."));
        }
        // Commissioned score often has no publisher at all (the writer keeps the whole work); a
        // publisher side that exists must still add up.
        boolean publishersExpected = !line.publishers().isEmpty() || !line.commissioned();
        BigDecimal publishers = total(line.publishers());
        if (publishersExpected && publishers.compareTo(HUNDRED) != 0) {
            warnings.add(new CueSheetWarning(
                    Kind.PUBLISHER_SHARES,
                    cue,
                    cue + " publisher shares total " + publishers.toPlainString() + "%, not 100%."));
        }
    }

    private static void identity(String cue, String role, Party party, List<CueSheetWarning> warnings) {
        if (party.society() == null) {
            warnings.add(new CueSheetWarning(
                    Kind.MISSING_SOCIETY, cue, cue + " " + role + " " + party.name() + " has no society."));
        }
        if (party.ipi() == null) {
            warnings.add(new CueSheetWarning(
                    Kind.MISSING_IPI, cue, cue + " " + role + " " + party.name() + " has no IPI number."));
        }
    }

    private static BigDecimal total(List<Party> parties) {
        return parties.stream().map(Party::share).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private record Span(Line line, long in, long out) {}

    /** Sorted by start, each cue is compared with the latest-ending cue before it: O(n log n). */
    private static List<CueSheetWarning> overlaps(List<Line> lines, FrameRate rate) {
        List<Span> spans = new ArrayList<>();
        for (Line line : lines) {
            Span span = span(line, rate);
            if (span != null) {
                spans.add(span);
            }
        }
        spans.sort(Comparator.comparingLong(Span::in));
        List<CueSheetWarning> warnings = new ArrayList<>();
        Span latest = null;
        for (Span span : spans) {
            if (latest != null && span.in() < latest.out()) {
                warnings.add(new CueSheetWarning(
                        Kind.OVERLAP,
                        span.line().number(),
                        span.line().number() + " (" + span.line().timecodeIn() + " – "
                                + span.line().timecodeOut()
                                + ") overlaps " + latest.line().number() + " ("
                                + latest.line().timecodeIn() + " – "
                                + latest.line().timecodeOut() + ")."));
            }
            if (latest == null || span.out() > latest.out()) {
                latest = span;
            }
        }
        return warnings;
    }

    private static Span span(Line line, FrameRate rate) {
        if (line.timecodeIn() == null || line.timecodeOut() == null) {
            return null;
        }
        try {
            return new Span(
                    line,
                    Timecode.parse(line.timecodeIn(), rate).totalFrames(),
                    Timecode.parse(line.timecodeOut(), rate).totalFrames());
        } catch (InvalidValueException e) {
            // Stored timecodes were validated on input; one that no longer parses is left out of the
            // overlap check rather than failing the whole sheet.
            return null;
        }
    }

    private static String clock(int seconds) {
        return RunningTime.format(java.time.Duration.ofSeconds(seconds));
    }
}
