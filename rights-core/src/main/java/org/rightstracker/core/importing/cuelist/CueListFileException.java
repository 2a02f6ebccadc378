package org.rightstracker.core.importing.cuelist;

/** The upload cannot be read as a cue list at all (not a spreadsheet, no header row...). */
public class CueListFileException extends RuntimeException {

    public CueListFileException(String message) {
        super(message);
    }

    public CueListFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
