package org.rightstracker.web.page.score;

import java.util.Map;
import org.rightstracker.web.page.FormErrors;

/**
 * What the user typed into the one form of a page that was refused, with its messages, so the page shows
 * that form again as sent; every other form of the page starts empty.
 */
public record Typed(String form, Map<String, String> values, FormErrors errors) {

    static final Typed NONE = new Typed("", Map.of(), FormErrors.none());

    /** The typed value of a field of the refused form, or the given default for any other form. */
    public String value(String formName, String field, Object otherwise) {
        if (form.equals(formName)) {
            String typed = values.get(field);
            return typed == null ? "" : typed;
        }
        return otherwise == null ? "" : otherwise.toString();
    }

    /** The messages of one form; none for the forms that were not sent. */
    public FormErrors errorsOf(String formName) {
        return form.equals(formName) ? errors : FormErrors.none();
    }
}
