package org.rightstracker.core.importing.cwr;

/**
 * Something wrong with a CWR file, placed where a user can find it: line, record type and field, with a
 * plain sentence. Errors stop the import; warnings are shown and the import may go ahead.
 */
public record CwrProblem(int line, String recordType, String field, String message, Severity severity) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
