package org.rightstracker.core.identifier;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.rightstracker.core.shared.InvalidValueException;

/**
 * International Standard Recording Code (ISO 3901): the identifier of a master recording. Stored as
 * twelve characters, shown as {@code CC-XXX-YY-NNNNN}. It has no check digit, so only its shape can be
 * validated.
 */
public final class Isrc {

    private static final Pattern STORED_FORM = Pattern.compile("[A-Z]{2}[A-Z0-9]{3}[0-9]{7}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]");
    private static final String PREFIX = "ISRC";
    private static final int LENGTH = 12;

    private final String value;

    private Isrc(String value) {
        this.value = value;
    }

    /**
     * Reads an ISRC as labels print it: with or without hyphens and spaces, in either case, optionally
     * preceded by the word ISRC.
     */
    public static Isrc parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("ISRC is empty; enter it as US-PR3-73-00012.");
        }
        String shown = text.strip();
        String candidate = SEPARATORS.matcher(shown).replaceAll("").toUpperCase(Locale.ROOT);
        // Only strip the prefix when something follows it beyond a full code: Icelandic ISRCs start
        // with IS, and a registrant code may start with RC, so "ISRC..." can itself be a real ISRC.
        if (candidate.startsWith(PREFIX) && candidate.length() > LENGTH) {
            candidate = candidate.substring(PREFIX.length());
        }
        if (candidate.length() != LENGTH) {
            throw new InvalidValueException("ISRC '" + shown + "' has " + candidate.length()
                    + " characters; an ISRC has 12, as in US-PR3-73-00012.");
        }
        if (!STORED_FORM.matcher(candidate).matches()) {
            throw new InvalidValueException("ISRC '" + shown
                    + "' is not in the form CC-XXX-YY-NNNNN: a two-letter country, a three-character"
                    + " registrant, a two-digit year and a five-digit number.");
        }
        return new Isrc(candidate);
    }

    /** The stored form, e.g. {@code USPR37300012}. */
    public String value() {
        return value;
    }

    /** The display form, e.g. {@code US-PR3-73-00012}. */
    public String formatted() {
        return value.substring(0, 2) + "-" + value.substring(2, 5) + "-" + value.substring(5, 7) + "-"
                + value.substring(7);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Isrc that && value.equals(that.value);
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
