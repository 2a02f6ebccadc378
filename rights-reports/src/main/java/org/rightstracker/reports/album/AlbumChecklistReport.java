package org.rightstracker.reports.album;

import java.time.LocalDate;
import java.util.List;

/**
 * The album clearance checklist as printed: the release, the totals, and per track each album right with
 * where it stands and what is missing. Plain values, so the renderer needs no database.
 */
public record AlbumChecklistReport(
        String productionTitle,
        String albumTitle,
        String label,
        String catalogueNumber,
        String gtin,
        String rate,
        String preparedBy,
        LocalDate preparedOn,
        String overallStatus,
        long clearedTracks,
        int trackCount,
        String mechanicalPerUnit,
        String masterFlatFees,
        List<String> albumProblems,
        List<Track> tracks) {

    public record Track(
            int position,
            String title,
            String source,
            Integer durationSeconds,
            String status,
            String mechanicalPerUnit,
            List<Right> rights,
            List<String> problems) {}

    /** One right a track needs (or has recorded): who, what, where it stands, its terms, what is missing. */
    public record Right(
            String kind,
            String holder,
            String share,
            String status,
            String terms,
            String mechanicalPerUnit,
            String missing) {}
}
