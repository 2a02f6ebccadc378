package org.rightstracker.core.identifier;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.rightstracker.core.shared.InvalidValueException;

/**
 * International Standard Musical Work Code (ISO 15707): the identifier of a composition. Stored as
 * {@code T} plus ten digits, shown as {@code T-DDD.DDD.DDD-C}.
 */
public final class Iswc {

    private static final Pattern STORED_FORM = Pattern.compile("T[0-9]{10}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");

    private final String value;

    private Iswc(String value) {
        this.value = value;
    }

    /**
     * Reads an ISWC as people type or paste it: with or without hyphens, dots and spaces, in either
     * case.
     */
    public static Iswc parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("ISWC is empty; enter it as T-034.524.680-1.");
        }
        String shown = text.strip();
        String candidate = SEPARATORS.matcher(shown).replaceAll("").toUpperCase(Locale.ROOT);
        if (!STORED_FORM.matcher(candidate).matches()) {
            throw new InvalidValueException("ISWC '" + shown
                    + "' is not in the form T-DDD.DDD.DDD-C: a T followed by nine digits and a check digit.");
        }
        int expected = checkDigit(candidate.substring(1, 10), 1);
        int actual = candidate.charAt(10) - '0';
        if (actual != expected) {
            throw new InvalidValueException(
                    "ISWC " + shown + " has check digit " + actual + "; expected " + expected + ".");
        }
        return new Iswc(candidate);
    }

    /**
     * The ISWC check digit over nine digits. IPI base numbers use the same rule with a different seed,
     * which is why the seed is a parameter rather than a constant.
     */
    static int checkDigit(String nineDigits, int seed) {
        int sum = seed;
        for (int i = 0; i < nineDigits.length(); i++) {
            sum += (i + 1) * (nineDigits.charAt(i) - '0');
        }
        return (10 - sum % 10) % 10;
    }

    /** The stored form, e.g. {@code T0345246801}. */
    public String value() {
        return value;
    }

    /** The display form, e.g. {@code T-034.524.680-1}. */
    public String formatted() {
        return "T-" + value.substring(1, 4) + "." + value.substring(4, 7) + "." + value.substring(7, 10) + "-"
                + value.charAt(10);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Iswc that && value.equals(that.value);
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
