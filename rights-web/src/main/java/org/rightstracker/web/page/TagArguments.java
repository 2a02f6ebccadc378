package org.rightstracker.web.page;

import io.quarkus.qute.Booleans;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.UserTagSectionHelper;
import java.util.List;
import java.util.Map;

/**
 * Typed reads of a user tag's optional parameters through its {@code _args}, for the form tags used many
 * times on one page (fields, error summaries, conflicts): looking up a parameter that was not passed walks
 * every value resolver before it gives up, which made the tags most of a cue page's rendering
 * (bench/README.md, "Round seven"); {@code _args} is always there and answers null instead.
 */
@TemplateExtension
public final class TagArguments {

    /** The optional attributes of the field tag's input that are copied as given, in the order written. */
    private static final List<String> COPIED_ATTRIBUTES =
            List.of("autocomplete", "required", "list", "placeholder", "inputmode", "step", "min", "size");

    private TagArguments() {}

    /**
     * The field tag's optional input attributes that were passed, each as {@code  name="value"} (escaped as
     * Qute escapes HTML) in one evaluation instead of one per attribute; {@code required} is written bare.
     */
    public static RawString copiedAttributes(UserTagSectionHelper.Arguments args) {
        StringBuilder html = new StringBuilder();
        for (String name : COPIED_ATTRIBUTES) {
            Object value = args.get(name);
            // As the template's {#if name??} read them: null, false, "", 0 and empty collections are left out.
            if (Booleans.isFalsy(value)) {
                continue;
            }
            html.append(' ').append(name);
            if (!name.equals("required")) {
                html.append("=\"").append(escaped(value.toString())).append('"');
            }
        }
        return new RawString(html.toString());
    }

    /** The {@code errors} passed to the tag, or null. */
    public static FormErrors formErrors(UserTagSectionHelper.Arguments args) {
        return args.get("errors") instanceof FormErrors errors ? errors : null;
    }

    /**
     * The message of {@code field} among the {@code errors} passed to the tag (a {@link FormErrors}, or a map
     * of field to message as the account and user pages keep them); null when none or no errors.
     */
    public static Object errorFor(UserTagSectionHelper.Arguments args, String field) {
        Object errors = args.get("errors");
        if (errors instanceof FormErrors form) {
            return form.get(field);
        }
        return errors instanceof Map<?, ?> map ? map.get(field) : null;
    }

    /** The {@code conflict} passed to the tag, or null. */
    public static ConflictView conflictView(UserTagSectionHelper.Arguments args) {
        return args.get("conflict") instanceof ConflictView conflict ? conflict : null;
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
