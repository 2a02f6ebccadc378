package org.rightstracker.core.importing.cwr;

/** What a committed CWR import changed. */
public record CwrImportResult(
        String fileName,
        long partiesCreated,
        long partiesUpdated,
        long worksCreated,
        long worksUpdated,
        long worksUnchanged,
        long recordingsCreated,
        long recordingsUpdated) {

    public String summary() {
        if (partiesCreated + partiesUpdated + worksCreated + worksUpdated + recordingsCreated + recordingsUpdated
                == 0) {
            return fileName + ": nothing to change; the catalogue already holds every work as the file registers it.";
        }
        return fileName + " imported: " + worksCreated + " work(s) created, " + worksUpdated + " updated, "
                + worksUnchanged + " unchanged; " + partiesCreated + " part(ies) created, " + partiesUpdated
                + " completed; " + recordingsCreated + " recording(s) created, " + recordingsUpdated + " completed.";
    }
}
