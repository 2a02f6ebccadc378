package org.rightstracker.core.backup;

import java.util.List;

/**
 * The first entry of every archive ({@code manifest.json}): what made it, at which schema version,
 * and how many rows each table file holds, in the order they restore (parents first).
 */
public record BackupManifest(
        String format,
        int formatVersion,
        String createdAt,
        String schemaVersion,
        String database,
        List<TableEntry> tables,
        List<String> files,
        List<String> missingFiles) {

    public static final String FORMAT = "rights-tracker-backup";
    public static final int FORMAT_VERSION = 1;

    public record TableEntry(String name, long rows, List<String> columns) {}

    public long totalRows() {
        return tables.stream().mapToLong(TableEntry::rows).sum();
    }
}
