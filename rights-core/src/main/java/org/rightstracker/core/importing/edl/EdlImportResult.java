package org.rightstracker.core.importing.edl;

/** What a committed cut changed. */
public record EdlImportResult(
        String fileName,
        long productionId,
        long created,
        long changed,
        long removed,
        long unchanged,
        long aliasesRemembered) {

    public String summary() {
        return fileName + " applied: " + created + " new cue(s), " + changed + " changed, " + removed
                + " removed (made inactive), " + unchanged + " unchanged; " + aliasesRemembered
                + " clip link(s) remembered.";
    }
}
