package org.rightstracker.core.importing.edl;

/** A problem with an edit decision list, placed by line, with a plain sentence; errors stop the import. */
public record EdlProblem(int line, String message, boolean error) {

    static EdlProblem error(int line, String message) {
        return new EdlProblem(line, message, true);
    }

    static EdlProblem warning(int line, String message) {
        return new EdlProblem(line, message, false);
    }
}
