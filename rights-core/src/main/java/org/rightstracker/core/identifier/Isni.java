package org.rightstracker.core.identifier;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.rightstracker.core.shared.InvalidValueException;

/**
 * International Standard Name Identifier (ISO 27729): identifies a public identity of a person or
 * organisation across industries. Sixteen characters, the last an ISO 7064 MOD 11-2 check character
 * (0-9 or X), shown in four groups of four.
 */
public final class Isni {

    private static final Pattern STORED_FORM = Pattern.compile("[0-9]{15}[0-9X]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]");
    private static final String PREFIX = "ISNI";
    private static final int LENGTH = 16;

    private final String value;

    private Isni(String value) {
        this.value = value;
    }

    /**
     * Reads an ISNI with or without spaces and hyphens, accepting a lower-case x and the "ISNI" label
     * that the ISNI registry prints in front of the number.
     */
    public static Isni parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("ISNI is empty; enter all 16 characters, e.g. 0000 0001 2281 955X.");
        }
        String shown = text.strip();
        String candidate = SEPARATORS.matcher(shown).replaceAll("").toUpperCase(Locale.ROOT);
        if (candidate.startsWith(PREFIX)) {
            candidate = candidate.substring(PREFIX.length());
        }
        if (!STORED_FORM.matcher(candidate).matches()) {
            throw new InvalidValueException("ISNI '" + shown
                    + "' is not 16 characters of the form 0000 0001 2281 955X: fifteen digits and a final digit or X.");
        }
        char expected = checkCharacter(candidate.substring(0, 15));
        char actual = candidate.charAt(15);
        if (actual != expected) {
            throw new InvalidValueException(
                    "ISNI " + shown + " has check character " + actual + "; expected " + expected + ".");
        }
        return new Isni(candidate);
    }

    private static char checkCharacter(String fifteenDigits) {
        int total = 0;
        for (int i = 0; i < fifteenDigits.length(); i++) {
            total = (total + (fifteenDigits.charAt(i) - '0')) * 2;
        }
        int check = (12 - total % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    /** The stored form: sixteen characters without spaces. */
    public String value() {
        return value;
    }

    /** The display form, e.g. {@code 0000 0001 2281 955X}. */
    public String formatted() {
        return value.substring(0, 4) + " " + value.substring(4, 8) + " " + value.substring(8, 12) + " "
                + value.substring(12);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Isni that && value.equals(that.value);
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
