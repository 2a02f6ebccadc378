package org.rightstracker.core.importing.cuelist;

/** What a committed cue-list import changed. */
public record CueListImportResult(
        String fileName,
        long cuesCreated,
        long cuesUpdated,
        long cuesUnchanged,
        long partiesCreated,
        long worksCreated,
        long recordingsCreated) {

    public String summary() {
        return fileName + " imported: " + cuesCreated + " cue(s) created, " + cuesUpdated + " updated, "
                + cuesUnchanged + " unchanged; " + worksCreated + " work(s), " + recordingsCreated
                + " recording(s) and "
                + partiesCreated + " part(ies) created.";
    }
}
