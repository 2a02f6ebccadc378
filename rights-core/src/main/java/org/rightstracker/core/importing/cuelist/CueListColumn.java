package org.rightstracker.core.importing.cuelist;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns a cue list may have. Headers match ignoring case, spaces and punctuation, under the names
 * listed in docs/CUE-LIST-IMPORT.md ("Cue #", "cue no", "CUE NUMBER" all name the cue number).
 */
public enum CueListColumn {
    NUMBER("Cue number", true, "cuenumber", "cue", "cueno", "cuenr", "number", "no", "nr"),
    TITLE("Title", true, "title", "cuetitle", "song", "songtitle", "track", "tracktitle"),
    USAGE("Usage", false, "usage", "use", "usecode", "usagecode"),
    ORIGIN("Origin", false, "origin", "type", "musictype", "source"),
    IN("In", false, "in", "tcin", "timecodein", "start", "startin"),
    OUT("Out", false, "out", "tcout", "timecodeout", "end"),
    DURATION("Duration", false, "duration", "length", "timing", "dur"),
    ARTIST("Artist", false, "artist", "performer", "displayartist"),
    ISRC("ISRC", false, "isrc"),
    ISWC("ISWC", false, "iswc"),
    WRITERS("Writers", false, "writers", "writer", "composers", "composer", "composersauthors"),
    PUBLISHERS("Publishers", false, "publishers", "publisher"),
    MASTER_OWNERS("Master owners", false, "masterowners", "masterowner", "label", "labels", "master"),
    SCENE("Scene", false, "scene", "scenedescription", "description"),
    NOTES("Notes", false, "notes", "note", "comments", "comment");

    private final String label;
    private final boolean required;
    private final Set<String> names;

    CueListColumn(String label, boolean required, String... names) {
        this.label = label;
        this.required = required;
        this.names = Set.of(names);
    }

    public String label() {
        return label;
    }

    /** "Cue #" and "cue_no" become "cue" and "cueno": only letters and digits count. */
    static String normalise(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** Which column each header names; unknown and repeated headers and missing required columns are reported. */
    static Map<CueListColumn, Integer> match(CueListTable table, List<CueListProblem> problems) {
        Map<CueListColumn, Integer> found = new EnumMap<>(CueListColumn.class);
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < table.headers().size(); i++) {
            String header = table.headers().get(i);
            String key = normalise(header);
            if (key.isEmpty()) {
                continue;
            }
            CueListColumn column = null;
            for (CueListColumn candidate : values()) {
                if (candidate.names.contains(key)) {
                    column = candidate;
                }
            }
            if (column == null) {
                ignored.add(header.strip());
            } else if (found.containsKey(column)) {
                problems.add(CueListProblem.error(
                        table.headerLine(),
                        header.strip(),
                        "Two columns name the " + column.label.toLowerCase(Locale.ROOT) + "; keep one."));
            } else {
                found.put(column, i);
            }
        }
        if (!ignored.isEmpty()) {
            problems.add(CueListProblem.warning(
                    table.headerLine(),
                    String.join(", ", ignored),
                    "Column(s) " + String.join(", ", ignored) + " are not cue-list columns and are ignored."));
        }
        for (CueListColumn column : values()) {
            if (column.required && !found.containsKey(column)) {
                problems.add(CueListProblem.error(
                        table.headerLine(),
                        column.label,
                        "The header row has no " + column.label.toLowerCase(Locale.ROOT) + " column."));
            }
        }
        return found;
    }
}
