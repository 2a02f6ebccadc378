package org.rightstracker.web.badinput;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The post forms of a page as a browser would submit them, read with jsoup: each control with its name,
 * kind and the value a browser sends, so a test can send the form with one value broken at a time.
 */
final class PageForms {

    private static final Pattern NUMBER_SEGMENT = Pattern.compile("/([a-z-]+)/(\\d+)(?=/|$)");

    private PageForms() {}

    enum Kind {
        TEXT,
        /** A text naming another record, offered from a list (a work, a party). */
        REFERENCE,
        NUMBER,
        DATE,
        CHOICE,
        CHECKBOX,
        HIDDEN,
        BUTTON,
        FILE
    }

    /** One control: what it is, its name, the value sent, and (for a choice) the values offered. */
    record Control(Kind kind, String name, String value, boolean sent, List<String> options) {}

    /** A form as found on a page: where it posts, how, and its controls in document order. */
    record Form(String page, String action, boolean multipart, List<Control> controls) {

        /** The form's shape: its address with ids as {n}, and its control names; one probe per shape. */
        String shape() {
            return NUMBER_SEGMENT.matcher(action).replaceAll("/$1/{n}") + " "
                    + controls.stream().map(Control::name).distinct().sorted().collect(Collectors.joining(","));
        }

        /** The address with its ids as {n}, as the exclusions and reports name it. */
        String template() {
            return NUMBER_SEGMENT.matcher(action).replaceAll("/$1/{n}");
        }

        /** The values a browser sends, in order; a name may repeat (share rows, checkboxes). */
        List<Map.Entry<String, String>> values() {
            List<Map.Entry<String, String>> values = new ArrayList<>();
            for (Control control : controls) {
                if (control.sent()) {
                    values.add(Map.entry(control.name(), control.value()));
                }
            }
            return values;
        }

        boolean has(String name) {
            return controls.stream().anyMatch(c -> c.name().equals(name));
        }
    }

    /** The ids in a path, by the segment naming their kind: /admin/users/12/enabled → users 12. */
    static List<Map.Entry<String, Long>> ids(String path) {
        List<Map.Entry<String, Long>> ids = new ArrayList<>();
        Matcher matcher = NUMBER_SEGMENT.matcher(path);
        while (matcher.find()) {
            ids.add(Map.entry(matcher.group(1), Long.parseLong(matcher.group(2))));
        }
        return ids;
    }

    static List<Form> postForms(Document page, String pagePath) {
        List<Form> forms = new ArrayList<>();
        for (Element form : page.select("form")) {
            if (!"post".equalsIgnoreCase(form.attr("method"))) {
                continue;
            }
            String action = form.attr("action").isBlank() ? pagePath : form.attr("action");
            boolean multipart = "multipart/form-data".equalsIgnoreCase(form.attr("enctype"));
            forms.add(new Form(pagePath, action.replaceFirst("[?#].*$", ""), multipart, controls(form)));
        }
        return forms;
    }

    private static List<Control> controls(Element form) {
        List<Control> controls = new ArrayList<>();
        boolean buttonTaken = false;
        for (Element element : form.select("input, select, textarea, button")) {
            if (element.hasAttr("disabled")
                    || element.parents().stream().anyMatch(p -> p.tagName().equals("template"))) {
                continue; // a browser sends neither a disabled control nor a row template's
            }
            String name = element.attr("name");
            boolean submit = element.tagName().equals("button")
                    ? element.attr("type").isBlank() || element.attr("type").equalsIgnoreCase("submit")
                    : element.tagName().equals("input") && element.attr("type").equalsIgnoreCase("submit");
            if (name.isEmpty()) {
                // An unnamed submit button sends nothing, but as the first one it is what Enter presses.
                buttonTaken |= submit;
                continue;
            }
            switch (element.tagName()) {
                case "textarea" -> controls.add(new Control(Kind.TEXT, name, element.text(), true, List.of()));
                case "select" -> {
                    List<String> options = element.select("option").eachAttr("value");
                    Element selected = element.selectFirst("option[selected]");
                    String value = selected != null
                            ? selected.attr("value")
                            : element.selectFirst("option") == null
                                    ? ""
                                    : element.selectFirst("option").attr("value");
                    controls.add(new Control(Kind.CHOICE, name, value, true, options));
                }
                case "button" -> {
                    if (submit) {
                        // A browser sends the button that was clicked: the first one stands for the click.
                        controls.add(new Control(Kind.BUTTON, name, element.attr("value"), !buttonTaken, List.of()));
                        buttonTaken = true;
                    }
                }
                default -> {
                    if (submit) {
                        controls.add(new Control(Kind.BUTTON, name, element.attr("value"), !buttonTaken, List.of()));
                        buttonTaken = true;
                    } else {
                        controls.add(input(element, name));
                    }
                }
            }
        }
        return controls;
    }

    private static Control input(Element input, String name) {
        String type = input.attr("type").toLowerCase(Locale.ROOT);
        String value = input.attr("value");
        String inputMode = input.attr("inputmode");
        return switch (type) {
            case "hidden" -> new Control(Kind.HIDDEN, name, value, true, List.of());
            case "checkbox", "radio" ->
                new Control(Kind.CHECKBOX, name, value.isEmpty() ? "on" : value, input.hasAttr("checked"), List.of());
            case "file" -> new Control(Kind.FILE, name, "", false, List.of());
            case "date" -> new Control(Kind.DATE, name, value, true, List.of());
            case "number" -> new Control(Kind.NUMBER, name, value, true, List.of());
            default ->
                input.hasAttr("list")
                        ? new Control(Kind.REFERENCE, name, value, true, List.of())
                        : new Control(
                                inputMode.equals("numeric") || inputMode.equals("decimal") ? Kind.NUMBER : Kind.TEXT,
                                name,
                                value,
                                true,
                                List.of());
        };
    }
}
