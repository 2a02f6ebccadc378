package org.rightstracker.core.identifier;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.rightstracker.core.shared.InvalidValueException;

/**
 * Interested Party Information name number: identifies one name of a writer or publisher in the CISAC
 * IPI system. Eleven digits, the last two being a mod-101 check.
 */
public final class IpiNameNumber {

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.]");
    private static final int LENGTH = 11;

    private final String value;

    private IpiNameNumber(String value) {
        this.value = value;
    }

    /**
     * Reads an IPI name number, ignoring spaces and dots. Shorter numbers are refused rather than
     * padded: a missing digit is as likely in the middle as at the front, and padding would turn a typo
     * into a different party's number whenever the check digits happened to fit.
     */
    public static IpiNameNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("IPI name number is empty; enter all 11 digits, e.g. 00014107338.");
        }
        String shown = text.strip();
        String candidate = SEPARATORS.matcher(shown).replaceAll("");
        if (!DIGITS.matcher(candidate).matches()) {
            throw new InvalidValueException("IPI name number '" + shown + "' may contain only digits.");
        }
        if (candidate.length() != LENGTH) {
            throw new InvalidValueException("IPI name number '" + shown + "' has " + candidate.length()
                    + " digits; it needs 11, including any leading zeros.");
        }
        int expected = checkDigits(candidate.substring(0, 9));
        int actual = Integer.parseInt(candidate.substring(9));
        if (actual != expected) {
            throw new InvalidValueException("IPI name number " + shown + " has check digits " + candidate.substring(9)
                    + "; expected " + String.format(Locale.ROOT, "%02d", expected) + ".");
        }
        return new IpiNameNumber(candidate);
    }

    private static int checkDigits(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            sum += (10 - i) * (nineDigits.charAt(i) - '0');
        }
        int remainder = sum % 101;
        return remainder == 0 ? 0 : (101 - remainder) % 100;
    }

    /** The eleven digits, leading zeros included. */
    public String value() {
        return value;
    }

    /** IPI name numbers have no separate display form; societies print the eleven digits. */
    public String formatted() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpiNameNumber that && value.equals(that.value);
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
