package org.rightstracker.core.importing.cwr;

/**
 * One fixed-width field of a CWR record, placed as the CWR specification counts: {@code start} is the
 * 1-based column of its first character. The label is how a problem names the field to a user.
 */
record CwrField(String label, int start, int length) {

    int end() {
        return start + length - 1;
    }

    /**
     * The field's characters, padded with spaces where the line stops early: senders routinely trim
     * trailing blanks, so a short line is only a defect when a required field is missing (see
     * {@link CwrLayout#minimumLength}).
     */
    String raw(String line) {
        int from = start - 1;
        if (from >= line.length()) {
            return " ".repeat(length);
        }
        int to = Math.min(line.length(), from + length);
        String part = line.substring(from, to);
        return part.length() == length ? part : part + " ".repeat(length - part.length());
    }
}
