package org.rightstracker.core.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collects every field problem of one input before refusing it, so a form shows all its messages
 * at once rather than one per submit.
 */
public final class Errors {

    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Requires non-blank text of at most {@code max} characters; returns it trimmed. */
    public String required(String field, String label, String text, int max) {
        if (text == null || text.isBlank()) {
            add(field, label + " is required.");
            return null;
        }
        return optional(field, label, text, max);
    }

    /** Optional text of at most {@code max} characters; blank becomes null. */
    public String optional(String field, String label, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > max) {
            add(field, label + " is " + trimmed.length() + " characters long; at most " + max + " fit.");
        }
        return trimmed;
    }

    /** Parses an optional value, recording the parser's message against the field. */
    public <T> T parse(String field, String text, Function<String, T> parser) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (InvalidValueException e) {
            add(field, e.getMessage());
            return null;
        }
    }

    /** A required share of a side, such as "50" or "33.33". */
    public Share share(String field, String text) {
        if (text == null || text.isBlank()) {
            add(field, "Share is required (a percentage such as 50 or 33.33).");
            return null;
        }
        return parse(field, text, Share::of);
    }

    /** Throws a {@link ValidationException} with everything collected, if anything was. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
