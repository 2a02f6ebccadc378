package org.rightstracker.core.identifier;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.rightstracker.core.shared.InvalidValueException;

/**
 * Interested Party Information base number: identifies the person or organisation behind all of its IPI
 * name numbers. Stored as {@code I} plus ten digits, shown as {@code I-NNNNNNNNN-C}.
 */
public final class IpiBaseNumber {

    private static final Pattern STORED_FORM = Pattern.compile("I[0-9]{10}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");
    private static final int CHECK_SEED = 2;

    private final String value;

    private IpiBaseNumber(String value) {
        this.value = value;
    }

    /** Reads an IPI base number with or without hyphens, in either case. */
    public static IpiBaseNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("IPI base number is empty; enter it as I-000000229-7.");
        }
        String shown = text.strip();
        String candidate = SEPARATORS.matcher(shown).replaceAll("").toUpperCase(Locale.ROOT);
        if (!STORED_FORM.matcher(candidate).matches()) {
            throw new InvalidValueException("IPI base number '" + shown
                    + "' is not in the form I-NNNNNNNNN-C: an I followed by nine digits and a check digit.");
        }
        int expected = Iswc.checkDigit(candidate.substring(1, 10), CHECK_SEED);
        int actual = candidate.charAt(10) - '0';
        if (actual != expected) {
            throw new InvalidValueException(
                    "IPI base number " + shown + " has check digit " + actual + "; expected " + expected + ".");
        }
        return new IpiBaseNumber(candidate);
    }

    /** The stored form, e.g. {@code I0000002297}. */
    public String value() {
        return value;
    }

    /** The display form, e.g. {@code I-000000229-7}. */
    public String formatted() {
        return "I-" + value.substring(1, 10) + "-" + value.charAt(10);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpiBaseNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
