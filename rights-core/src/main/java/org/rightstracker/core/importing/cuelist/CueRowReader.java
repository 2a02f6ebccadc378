package org.rightstracker.core.importing.cuelist;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.identifier.Isrc;
import org.rightstracker.core.identifier.Iswc;
import org.rightstracker.core.shared.FrameRate;
import org.rightstracker.core.shared.InvalidValueException;
import org.rightstracker.core.shared.RunningTime;
import org.rightstracker.core.shared.TextLimit;
import org.rightstracker.core.shared.Timecode;

/** Checks and parses every cell of every row, reporting each problem against its line and column. */
final class CueRowReader {

    private final Map<CueListColumn, Integer> columns;
    private final FrameRate rate;
    private final List<CueListProblem> problems;

    CueRowReader(Map<CueListColumn, Integer> columns, FrameRate rate, List<CueListProblem> problems) {
        this.columns = columns;
        this.rate = rate;
        this.problems = problems;
    }

    boolean has(CueListColumn column) {
        return columns.containsKey(column);
    }

    List<CueRow> read(List<CueListTable.Row> rows) {
        List<CueRow> read = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (CueListTable.Row row : rows) {
            CueRow cue = read(row);
            if (cue.number() != null) {
                Integer earlier = numbers.putIfAbsent(cue.number().toUpperCase(Locale.ROOT), row.line());
                if (earlier != null) {
                    problems.add(CueListProblem.error(
                            row.line(),
                            CueListColumn.NUMBER.label(),
                            "Cue " + cue.number() + " is already on line " + earlier
                                    + "; each cue number appears once."));
                }
            }
            read.add(cue);
        }
        return read;
    }

    private CueRow read(CueListTable.Row row) {
        String number = text(row, CueListColumn.NUMBER, TextLimit.CUE_NUMBER, true);
        String title = text(row, CueListColumn.TITLE, TextLimit.CUE_TITLE, true);
        CueUsage usage = parse(row, CueListColumn.USAGE, CueRowReader::usage);
        CueOrigin origin = parse(row, CueListColumn.ORIGIN, CueRowReader::origin);
        Timecode in = parse(row, CueListColumn.IN, t -> Timecode.parse(t, rate));
        Timecode out = parse(row, CueListColumn.OUT, t -> Timecode.parse(t, rate));
        Duration duration = parse(row, CueListColumn.DURATION, RunningTime::parse);
        if (in != null && out != null) {
            try {
                in.durationUntil(out);
            } catch (InvalidValueException e) {
                problems.add(CueListProblem.error(row.line(), CueListColumn.OUT.label(), e.getMessage()));
            }
        }
        Isrc isrc = parse(row, CueListColumn.ISRC, Isrc::parse);
        Iswc iswc = parse(row, CueListColumn.ISWC, Iswc::parse);
        return new CueRow(
                row.line(),
                number,
                title,
                usage,
                origin,
                in == null ? null : in.toString(),
                out == null ? null : out.toString(),
                duration == null ? null : (int) duration.toSeconds(),
                text(row, CueListColumn.ARTIST, TextLimit.RECORDING_ARTIST, false),
                isrc == null ? null : isrc.value(),
                iswc == null ? null : iswc.value(),
                shares(row, CueListColumn.WRITERS, "writer"),
                shares(row, CueListColumn.PUBLISHERS, "publisher"),
                shares(row, CueListColumn.MASTER_OWNERS, "master owner"),
                text(row, CueListColumn.SCENE, TextLimit.CUE_SCENE, false),
                text(row, CueListColumn.NOTES, TextLimit.CUE_NOTES, false));
    }

    private String cell(CueListTable.Row row, CueListColumn column) {
        Integer index = columns.get(column);
        return index == null ? null : row.cell(index);
    }

    private String text(CueListTable.Row row, CueListColumn column, TextLimit limit, boolean required) {
        String value = cell(row, column);
        if (value == null && required) {
            problems.add(CueListProblem.error(row.line(), column.label(), column.label() + " is empty."));
        } else if (!limit.fits(value)) {
            problems.add(CueListProblem.error(
                    row.line(),
                    column.label(),
                    column.label() + " is " + String.format(Locale.ROOT, "%,d", value.length())
                            + " characters; at most " + String.format(Locale.ROOT, "%,d", limit.max()) + "."));
            // Shortened only for the preview: a row with an error is never imported.
            return value.substring(0, limit.max());
        }
        return value;
    }

    private <T> T parse(CueListTable.Row row, CueListColumn column, Function<String, T> parser) {
        String value = cell(row, column);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (InvalidValueException e) {
            problems.add(CueListProblem.error(row.line(), column.label(), e.getMessage()));
            return null;
        }
    }

    private List<ShareCell.Entry> shares(CueListTable.Row row, CueListColumn column, String side) {
        String value = cell(row, column);
        if (value == null) {
            return List.of();
        }
        try {
            return ShareCell.parse(value, side);
        } catch (InvalidValueException e) {
            problems.add(CueListProblem.error(row.line(), column.label(), e.getMessage()));
            return List.of();
        }
    }

    static CueUsage usage(String text) {
        String key = CueListColumn.normalise(text);
        for (CueUsage usage : CueUsage.values()) {
            if (key.equals(CueListColumn.normalise(usage.name()))
                    || key.equals(CueListColumn.normalise(usage.label()))) {
                return usage;
            }
        }
        throw new InvalidValueException("Usage '" + text
                + "' is not one of BI, BV, VI, VV, MT, ET, LOGO (or their names, e.g. Background vocal).");
    }

    static CueOrigin origin(String text) {
        String key = CueListColumn.normalise(text);
        for (CueOrigin origin : CueOrigin.values()) {
            if (key.equals(CueListColumn.normalise(origin.name()))
                    || key.equals(CueListColumn.normalise(origin.label()))) {
                return origin;
            }
        }
        throw new InvalidValueException(
                "Origin '" + text + "' is not one of Score, Soundtrack, Library, Original song, Public domain.");
    }
}
