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

    /** Requires non-blank text that fits its column; returns it trimmed. */
    public String required(TextLimit limit, String text) {
        return required(limit.field(), limit, text);
    }

    /** As {@link #required(TextLimit, String)}, reported under another field, e.g. an element of a list. */
    public String required(String field, TextLimit limit, String text) {
        if (text == null || text.isBlank()) {
            add(field, limit.label() + " is required.");
            return null;
        }
        return optional(field, limit, text);
    }

    /** Optional text that must fit its column; blank becomes null. */
    public String optional(TextLimit limit, String text) {
        return optional(limit.field(), limit, text);
    }

    /** As {@link #optional(TextLimit, String)}, reported under another field, e.g. an element of a list. */
    public String optional(String field, TextLimit limit, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (!limit.fits(trimmed)) {
            add(field, limit.tooLong(trimmed.length()));
        }
        return trimmed;
    }

    /** An optional whole number within its limit, e.g. a term in years; returns it unchanged. */
    public Integer whole(String field, String label, Integer value, NumberLimit limit) {
        if (value != null && !limit.admits(value)) {
            add(field, limit.outside(label, value));
        }
        return value;
    }

    /** A required element of a list: a null one is reported under its index, e.g. "writers[1]". */
    public boolean present(String field, String label, Object element) {
        if (element == null) {
            add(field, label + " is empty; leave it out or fill it in.");
            return false;
        }
        return true;
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
