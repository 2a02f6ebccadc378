package org.rightstracker.web.page;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;

/**
 * The messages of one refused form, by field. A form shows each message at its field; messages about
 * fields the form does not show (a rule across fields, a step's precondition) go in the summary at the
 * top, so nothing the service said is ever lost.
 */
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(Map.of(), Set.of());

    private final Map<String, String> byField;
    private final Set<String> shownFields;

    private FormErrors(Map<String, String> byField, Set<String> shownFields) {
        this.byField = byField;
        this.shownFields = shownFields;
    }

    public static FormErrors none() {
        return NONE;
    }

    /** @param shownFields the fields the form has an input for; other messages go to the summary */
    public static FormErrors of(ValidationException e, Collection<String> shownFields) {
        return of(e.errors(), shownFields);
    }

    public static FormErrors of(List<FieldError> errors, Collection<String> shownFields) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : errors) {
            // Two rules broken on one field read as one message with both sentences.
            byField.merge(error.field(), error.message(), (a, b) -> a.equals(b) ? a : a + " " + b);
        }
        return new FormErrors(byField, Set.copyOf(shownFields));
    }

    /** A single message for one field, e.g. from a check done in the page itself. */
    public static FormErrors single(String field, String message, Collection<String> shownFields) {
        return of(List.of(new FieldError(field, message)), shownFields);
    }

    /** The message for the field, or null. */
    public String get(String field) {
        return byField.get(field);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public int size() {
        return byField.size();
    }

    /** Every message, in the order given: the summary at the top of a refused form lists them all. */
    public List<FieldMessage> all() {
        List<FieldMessage> all = new ArrayList<>();
        byField.forEach((field, message) -> all.add(new FieldMessage(field, message, shownFields.contains(field))));
        return all;
    }

    /** One message; {@code placed} when the form shows it at an input the summary can link to. */
    public record FieldMessage(String field, String message, boolean placed) {

        /** The id of the input the message belongs to, as the field tags write it. */
        public String inputId() {
            return field.replace('[', '-').replace("]", "").replace('.', '-');
        }
    }
}
