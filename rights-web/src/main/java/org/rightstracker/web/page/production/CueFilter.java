package org.rightstracker.web.page.production;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;

/** What the cue list of a production is narrowed to and ordered by, as the filter form sends it. */
public record CueFilter(
        @RestQuery String status,
        @RestQuery String origin,
        @RestQuery String usage,
        @RestQuery String licensor,
        @RestQuery String q,
        @RestQuery String sort) {

    /** The orders the list offers, first the default. */
    public static final List<Choice> SORTS = List.of(
            new Choice("number", "Cue number"),
            new Choice("status", "Status, most urgent first"),
            new Choice("title", "Title"),
            new Choice("fee", "Projected fee, highest first"),
            new Choice("duration", "Duration, longest first"));

    /** An option of a select: the value sent and the label shown. */
    public record Choice(String value, String label) {}

    public static CueFilter none() {
        return new CueFilter(null, null, null, null, null, null);
    }

    public boolean isActive() {
        return set(status) || set(origin) || set(usage) || set(licensor) || set(q);
    }

    public String sortOrDefault() {
        return SORTS.stream()
                .map(Choice::value)
                .filter(v -> v.equals(sort))
                .findFirst()
                .orElse("number");
    }

    public boolean is(String field, String value) {
        String current = switch (field) {
            case "status" -> status;
            case "origin" -> origin;
            case "usage" -> usage;
            case "licensor" -> licensor;
            default -> sortOrDefault();
        };
        return value != null && value.equals(current);
    }

    public String text() {
        return q == null ? "" : q;
    }

    /** The query string of this filter, for links that keep it (e.g. after an edit). */
    public String query() {
        List<String> parts = new ArrayList<>();
        add(parts, "status", status);
        add(parts, "origin", origin);
        add(parts, "usage", usage);
        add(parts, "licensor", licensor);
        add(parts, "q", q);
        if (!"number".equals(sortOrDefault())) {
            add(parts, "sort", sortOrDefault());
        }
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (set(value)) {
            parts.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }

    static boolean set(String value) {
        return value != null && !value.isBlank();
    }
}
