package org.rightstracker.core.importing.cuelist;

/** A problem with a cue list, placed by line (or spreadsheet row) and column, with a plain sentence. */
public record CueListProblem(int line, String column, String message, boolean error) {

    static CueListProblem error(int line, String column, String message) {
        return new CueListProblem(line, column, message, true);
    }

    static CueListProblem warning(int line, String column, String message) {
        return new CueListProblem(line, column, message, false);
    }
}
