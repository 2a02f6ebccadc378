package org.rightstracker.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * One form of a page, holding what a browser would submit from it: named inputs, ticked boxes, the
 * chosen option of each select, textareas; not buttons, not the row templates of share editors, and
 * not the CSRF field (a {@link Visitor} adds its own). A test changes a value as a user would, then
 * posts {@link #fields()}.
 */
public final class BrowserForm {

    private final String action;
    private final Map<String, List<String>> fields;

    private BrowserForm(String action, Map<String, List<String>> fields) {
        this.action = action;
        this.fields = fields;
    }

    /** The form of {@code html} whose action is {@code action}. */
    public static BrowserForm of(String html, String action) {
        Element found = Jsoup.parse(html).selectFirst("form[action=\"" + action + "\"]");
        assertThat(found).as("a form posting to " + action).isNotNull();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Element control : ((FormElement) found).elements()) {
            if (submits(control)) {
                for (String value : values(control)) {
                    fields.computeIfAbsent(control.attr("name"), k -> new ArrayList<>())
                            .add(value);
                }
            }
        }
        return new BrowserForm(action, fields);
    }

    public String action() {
        return action;
    }

    /** The single value of a field, or null when the form would not send it. */
    public String get(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public List<String> all(String name) {
        return fields.getOrDefault(name, List.of());
    }

    /** Types a value into a field (or ticks a box), replacing what it held. */
    public BrowserForm set(String name, String value) {
        fields.put(name, new ArrayList<>(List.of(value)));
        return this;
    }

    public BrowserForm set(String name, List<String> values) {
        fields.put(name, new ArrayList<>(values));
        return this;
    }

    /** Unticks a box: the browser then sends nothing for it. */
    public BrowserForm clear(String name) {
        fields.remove(name);
        return this;
    }

    public Map<String, List<String>> fields() {
        return fields;
    }

    private static boolean submits(Element control) {
        if (!control.hasAttr("name") || control.hasAttr("disabled") || "csrf-token".equals(control.attr("name"))) {
            return false;
        }
        if (control.parents().stream().anyMatch(parent -> parent.normalName().equals("template"))) {
            return false;
        }
        String type = control.attr("type").toLowerCase();
        if (control.normalName().equals("button")
                || List.of("submit", "button", "reset", "image", "file").contains(type)) {
            return false;
        }
        return !(type.equals("checkbox") || type.equals("radio")) || control.hasAttr("checked");
    }

    private static List<String> values(Element control) {
        if (control.normalName().equals("select")) {
            List<String> chosen = control.select("option[selected]").stream()
                    .map(BrowserForm::optionValue)
                    .toList();
            if (chosen.isEmpty() && !control.hasAttr("multiple")) {
                Element first = control.selectFirst("option");
                return first == null ? List.of() : List.of(optionValue(first));
            }
            return chosen;
        }
        if (control.normalName().equals("textarea")) {
            // Browsers send a textarea's line breaks as CRLF.
            return List.of(control.wholeText().replaceFirst("^\n", "").replace("\n", "\r\n"));
        }
        String type = control.attr("type").toLowerCase();
        if ((type.equals("checkbox") || type.equals("radio")) && !control.hasAttr("value")) {
            return List.of("on");
        }
        return List.of(control.attr("value"));
    }

    private static String optionValue(Element option) {
        return option.hasAttr("value") ? option.attr("value") : option.text();
    }
}
