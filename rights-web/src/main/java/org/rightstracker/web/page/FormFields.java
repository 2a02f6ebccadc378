package org.rightstracker.web.page;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;

/**
 * Reads the typed values of a form field by field. Forms keep everything as the text the user typed, so
 * a refused form shows exactly that again; these turn the text into values and report a problem at
 * the field instead of failing the request.
 */
public final class FormFields {

    private FormFields() {}

    /** A date as a date input sends it (2026-05-01); null when blank. */
    public static LocalDate date(String text, String field, String label, List<FieldError> errors) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(
                    new FieldError(field, label + " '" + text.strip() + "' is not a date; use the form 2026-05-01."));
            return null;
        }
    }

    /** A whole number; null when blank. */
    public static Integer integer(String text, String field, String label, List<FieldError> errors) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, label + " '" + text.strip() + "' is not a whole number."));
            return null;
        }
    }

    /**
     * The version number an edit form carries. A missing or unreadable one is refused at the field: taking
     * it for 0 would let a form without a version overwrite a record that was never edited since created.
     */
    public static long version(String text) {
        try {
            if (!blank(text)) {
                return Long.parseLong(text.strip());
            }
        } catch (NumberFormatException unreadable) {
            // refused below, like a missing one
        }
        throw new ValidationException(
                "version", "This form carries no readable version; reload the page and make your change again.");
    }

    /** One of an enum's constants by name; null when blank. */
    public static <E extends Enum<E>> E choice(
            Class<E> type, String text, String field, String label, List<FieldError> errors) {
        if (blank(text)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "Choose one of the listed " + label + "."));
            return null;
        }
    }

    /** A yes/no choice ("true" or "false"; blank is no): any other value is refused at the field. */
    public static boolean yesNo(String text, String field, String label, List<FieldError> errors) {
        if (blank(text) || "false".equalsIgnoreCase(text.strip())) {
            return false;
        }
        if ("true".equalsIgnoreCase(text.strip())) {
            return true;
        }
        errors.add(new FieldError(field, "Choose yes or no for " + label + "."));
        return false;
    }

    /** A checkbox: browsers send its value only when it is ticked. */
    public static boolean checked(String value) {
        return value != null && !value.isBlank() && !"false".equalsIgnoreCase(value.strip());
    }

    /** The id a "Long" reference field carries, e.g. a hidden production id; null when blank or unreadable. */
    public static Long id(String text) {
        try {
            return blank(text) ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * When the user opened a form, carried in it as "seen": a conflict then quotes exactly the changes
     * others made after that moment.
     */
    public static String openedNow() {
        return Long.toString(System.currentTimeMillis());
    }

    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
