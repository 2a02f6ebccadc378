package org.rightstracker.core.identifier;

import java.util.Objects;
import java.util.regex.Pattern;
import org.rightstracker.core.shared.InvalidValueException;

/**
 * The bar code number of a release: a UPC (GTIN-12) or an EAN (GTIN-13). Stored as its 12 or 13 digits.
 * The last digit is a check digit: counting from the right without it, digits are weighted 3, 1, 3, 1…,
 * and the check digit brings the weighted sum to a multiple of ten.
 */
public final class Gtin {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private final String value;

    private Gtin(String value) {
        this.value = value;
    }

    /** Reads a UPC or EAN as printed under a bar code: digits, optionally grouped by spaces or hyphens. */
    public static Gtin parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("UPC/EAN is empty; enter the 12 or 13 digits under the bar code.");
        }
        String shown = text.strip();
        String candidate = SEPARATORS.matcher(shown).replaceAll("");
        if (!DIGITS.matcher(candidate).matches()) {
            throw new InvalidValueException("UPC/EAN '" + shown + "' may only contain digits.");
        }
        if (candidate.length() != 12 && candidate.length() != 13) {
            throw new InvalidValueException(
                    "UPC/EAN '" + shown + "' has " + candidate.length() + " digits; a UPC has 12 and an EAN 13.");
        }
        int expected = checkDigit(candidate.substring(0, candidate.length() - 1));
        int actual = candidate.charAt(candidate.length() - 1) - '0';
        if (actual != expected) {
            throw new InvalidValueException(
                    "UPC/EAN " + shown + " has check digit " + actual + "; expected " + expected + ".");
        }
        return new Gtin(candidate);
    }

    static int checkDigit(String digitsWithoutCheck) {
        int sum = 0;
        int weight = 3;
        for (int i = digitsWithoutCheck.length() - 1; i >= 0; i--) {
            sum += weight * (digitsWithoutCheck.charAt(i) - '0');
            weight = weight == 3 ? 1 : 3;
        }
        return (10 - sum % 10) % 10;
    }

    /** The stored form: 12 digits for a UPC, 13 for an EAN. */
    public String value() {
        return value;
    }

    public boolean isUpc() {
        return value.length() == 12;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Gtin that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
