package org.rightstracker.core.importing.cwr;

/** One line of a CWR file: its 1-based line number, its three-letter record type and its text. */
record CwrRecord(int line, String type, String text) {

    /** The field as written, padded to its width. */
    String raw(CwrField field) {
        return field.raw(text);
    }

    /** The field without surrounding spaces, or null when it is blank. */
    String value(CwrField field) {
        String stripped = field.raw(text).strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
