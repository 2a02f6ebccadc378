package org.rightstracker.core.importing.cwr;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A fixed-width record being written, filled through the same {@link CwrField}s the import reads, so the
 * export and the import share one layout. A value wider than its field is refused rather than cut: a
 * registration must not say something other than the catalogue.
 */
final class CwrLine {

    private final StringBuilder text = new StringBuilder();

    private CwrLine(String type) {
        text.append(type);
    }

    /** A control record (HDR, GRH, GRT, TRL): the type and then its fields. */
    static CwrLine control(String type) {
        return new CwrLine(type);
    }

    /** A record of transaction {@code transaction}, the {@code record}-th of it (the header is 0). */
    static CwrLine detail(String type, int transaction, int record) {
        return new CwrLine(type)
                .put(CwrLayout.TRANSACTION_SEQUENCE, number(transaction, 8))
                .put(CwrLayout.RECORD_SEQUENCE, number(record, 8));
    }

    CwrLine put(CwrField field, String value) {
        String v = value == null ? "" : value;
        if (v.length() > field.length()) {
            throw new IllegalArgumentException(
                    field.label() + " '" + v + "' is longer than its " + field.length() + " characters.");
        }
        while (text.length() < field.end()) {
            text.append(' ');
        }
        text.replace(field.start() - 1, field.end(), v + " ".repeat(field.length() - v.length()));
        return this;
    }

    CwrLine number(CwrField field, long value) {
        return put(field, number(value, field.length()));
    }

    /** A share as CWR writes it: five digits with two implied decimals (50.00% is 05000). */
    CwrLine share(CwrField field, BigDecimal percent) {
        long hundredths = percent == null
                ? 0
                : percent.movePointRight(2)
                        .setScale(0, java.math.RoundingMode.HALF_UP)
                        .longValueExact();
        return put(field, number(hundredths, field.length()));
    }

    String text() {
        return text.toString();
    }

    static String number(long value, int width) {
        return String.format(Locale.ROOT, "%0" + width + "d", value);
    }
}
