package org.rightstracker.reports.cuesheet;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The cue sheet of a production as the performing-rights organisations want it: every active cue in
 * order of appearance, with usage, timing and the writers and publishers who collect on it. Built by
 * {@link CueSheetBuilder}; the draft page, an issued revision's PDF, the CSV and the XLSX all render it.
 */
public record CueSheetReport(Header header, Revision revision, List<Line> lines, List<CueSheetWarning> warnings) {

    public CueSheetReport {
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
    }

    /**
     * @param title the production's display title (series and episode for an episode)
     * @param runtimeSeconds null while unknown
     * @param musicSeconds total duration of every active cue
     */
    public record Header(
            long productionId,
            String title,
            String aka,
            String kind,
            String seriesTitle,
            String episodeTitle,
            String episodeNumber,
            String productionNumber,
            String company,
            Integer runtimeSeconds,
            int musicSeconds) {}

    /**
     * Which filing this is. A draft carries the number it would be issued as.
     *
     * @param issuedAt null for a draft
     */
    public record Revision(int number, boolean issued, Instant issuedAt, String issuedBy) {

        /** Every filing after the first replaces an earlier one, and the societies want that said plainly. */
        public boolean revised() {
            return number > 1;
        }

        public String label() {
            String base = issued ? "Revision " + number : "Draft of revision " + number + " (not issued)";
            return revised() ? "REVISED — " + base : base;
        }
    }

    /**
     * One cue. {@code artist} and {@code masterOwners} are filled for cues with a recording (soundtrack,
     * library, public-domain recordings); commissioned score has neither.
     *
     * @param commissioned score or an original song, written for the production
     */
    public record Line(
            int sequence,
            String number,
            String title,
            String usage,
            String usageLabel,
            String timecodeIn,
            String timecodeOut,
            Integer durationSeconds,
            boolean commissioned,
            boolean publicDomain,
            List<Party> writers,
            List<Party> publishers,
            String artist,
            List<Party> masterOwners) {

        public Line {
            writers = List.copyOf(writers);
            publishers = List.copyOf(publishers);
            masterOwners = List.copyOf(masterOwners);
        }
    }

    /**
     * A writer, publisher or master owner on a cue.
     *
     * @param role the cue-sheet code for writers (C, A, CA...) or the publisher role; null for owners
     * @param society null when none is recorded (a pre-issue warning)
     * @param ipi IPI name number; null when none is recorded (a pre-issue warning for writers and publishers)
     */
    public record Party(String name, String role, String society, String ipi, BigDecimal share) {}
}
