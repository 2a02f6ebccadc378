package org.rightstracker.web.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bad requests for one write operation of the OpenAPI document: its body broken property by
 * property ({@link JsonProbes}), an unreadable, missing or stale version, unreadable, missing or unknown
 * query parameters, and unknown or unreadable ids in the path. Each names the field or parameter at
 * fault and the statuses a refusal may have.
 */
final class ApiProbes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH_PARAMETER = Pattern.compile("/([a-z-]+)/\\{([A-Za-z]+)\\}");
    private static final long UNKNOWN_ID = 999_999_999L;
    private static final long STALE_VERSION = 999_999L;

    /** Stands for the version now stored, filled in when the request is sent (earlier ones may raise it). */
    static final long CURRENT_VERSION = -424_242L;

    /** One request: what it breaks, where and how it is sent, and how it must be refused. */
    record Probe(
            String description,
            String method,
            String path,
            Map<String, String> query,
            Map<String, String> headers,
            String contentType,
            byte[] body,
            String versionKind,
            String faultyField,
            Set<Integer> allowed) {}

    private final String method;
    private final String name;
    private final String path;
    private final String versionKind;
    private final String contentType;
    private final Map<String, String> query = new LinkedHashMap<>();
    private final List<Probe> probes = new ArrayList<>();
    private byte[] validBody = new byte[0];

    private ApiProbes(String method, String template, String contentType, BadInputWorld.Fixture fixture) {
        this.method = method.toUpperCase(Locale.ROOT);
        this.name = this.method + " " + template;
        this.path = filled(template, fixture);
        this.versionKind = lastKind(template);
        this.contentType = contentType;
    }

    /** The probes of an operation, its path filled with the fixture's ids. */
    static List<Probe> of(
            String method, String template, JsonNode operation, JsonProbes json, BadInputWorld.Fixture fixture) {
        JsonNode content = operation.path("requestBody").path("content");
        String contentType =
                content.fieldNames().hasNext() ? content.fieldNames().next() : null;
        ApiProbes probes = new ApiProbes(method, template, contentType, fixture);
        boolean versioned = false;
        List<String> numbers = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            if (in.equals("header") && name.equals("If-Match")) {
                versioned = true;
            } else if (in.equals("query")) {
                boolean number = json.resolve(parameter.path("schema"))
                        .path("type")
                        .asText()
                        .equals("integer");
                if (number) {
                    numbers.add(name);
                }
                probes.query.put(
                        name,
                        !number
                                ? "probe.txt"
                                : name.equals("version")
                                        ? Long.toString(CURRENT_VERSION)
                                        : Long.toString(fixture.idFor(name + "s")));
            }
        }
        if (isJson(contentType)) {
            probes.body(content.path(contentType).path("schema"), json, versioned);
        } else if (contentType != null) {
            probes.file();
        }
        numbers.forEach(probes::parameter);
        if (!probes.path.equals(template)) {
            probes.pathIds(template, fixture);
        }
        return probes.probes;
    }

    private void body(JsonNode schema, JsonProbes json, boolean versioned) {
        ObjectNode valid = (ObjectNode) json.valid("body", schema);
        if (valid.has("version")) {
            valid.put("version", CURRENT_VERSION);
        }
        validBody = bytes(valid);
        for (JsonProbes.Variant variant : json.variants(schema, versioned ? Set.of() : Set.of("version"))) {
            String description = name + " " + variant.path() + ": " + variant.how();
            add(description, bytes(JsonProbes.apply(valid, variant)), variant.path(), Set.of(400, 409));
        }
        add(name + ": unreadable JSON", "{\"title\": ".getBytes(StandardCharsets.UTF_8), "body", Set.of(400));
        add(name + ": a list for the body", "[]".getBytes(StandardCharsets.UTF_8), "body", Set.of(400));
        add(name + ": no body", new byte[0], "body", Set.of(400));
        if (versioned && valid.has("version")) {
            ObjectNode withoutVersion = valid.deepCopy();
            withoutVersion.remove("version");
            add(name + ": no version", bytes(withoutVersion), "version", Set.of(400));
            add(name + ": a stale version", bytes(valid.deepCopy().put("version", STALE_VERSION)), null, Set.of(409));
            add(
                    name + ": an unreadable If-Match",
                    path,
                    query,
                    Map.of("If-Match", "\"abc\""),
                    bytes(withoutVersion),
                    "If-Match",
                    Set.of(400));
            add(
                    name + ": a stale If-Match",
                    path,
                    query,
                    Map.of("If-Match", "\"" + STALE_VERSION + "\""),
                    bytes(withoutVersion),
                    null,
                    Set.of(409));
        }
    }

    /** A body that is a file (CSV, CWR): an unreadable one and an empty one. */
    private void file() {
        validBody = ("not a file this endpoint reads \u0000\u0001\n" + JsonProbes.LONG_TEXT)
                .getBytes(StandardCharsets.UTF_8);
        Set<Integer> refused = Set.of(400, 404, 409, 413, 415);
        add(name + ": an unreadable file", validBody, null, refused);
        add(name + ": an empty file", new byte[0], null, refused);
    }

    /** A whole-number query parameter: unreadable, missing, or naming nothing. */
    private void parameter(String parameter) {
        Map<String, String> unreadable = new LinkedHashMap<>(query);
        unreadable.put(parameter, "abc");
        add(name + ": ?" + parameter + "=abc", path, unreadable, Map.of(), validBody, parameter, Set.of(400));
        Map<String, String> missing = new LinkedHashMap<>(query);
        missing.remove(parameter);
        add(name + ": no ?" + parameter, path, missing, Map.of(), validBody, parameter, Set.of(400));
        Map<String, String> unknown = new LinkedHashMap<>(query);
        unknown.put(parameter, Long.toString(UNKNOWN_ID));
        boolean version = parameter.equals("version");
        add(
                name + ": an unknown ?" + parameter,
                path,
                unknown,
                Map.of(),
                validBody,
                version ? null : parameter,
                version ? Set.of(409) : Set.of(400));
    }

    /** The path with an id nothing has, and with an id that is no number: both no such address. */
    private void pathIds(String template, BadInputWorld.Fixture fixture) {
        String unknown = template.replaceAll("\\{[A-Za-z]+\\}", Long.toString(UNKNOWN_ID));
        String unreadable = path.replaceFirst("/" + fixture.idFor(versionKind) + "(/|$)", "/abc$1");
        for (String other : List.of(unknown, unreadable)) {
            add(name + " at " + other, other, query, Map.of(), validBody, null, Set.of(404));
        }
    }

    private void add(String description, byte[] body, String field, Set<Integer> allowed) {
        add(description, path, query, Map.of(), body, field, allowed);
    }

    private void add(
            String description,
            String at,
            Map<String, String> parameters,
            Map<String, String> headers,
            byte[] body,
            String field,
            Set<Integer> allowed) {
        probes.add(new Probe(
                description,
                method,
                at,
                Map.copyOf(parameters),
                headers,
                contentType,
                body,
                versionKind,
                field,
                allowed));
    }

    /** The path with each {id} replaced by the fixture's id of the kind named before it. */
    private static String filled(String template, BadInputWorld.Fixture fixture) {
        Matcher matcher = PATH_PARAMETER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(filled, "/" + matcher.group(1) + "/" + fixture.idFor(matcher.group(1)));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /** The kind of the last path parameter ("works" in /api/v1/works/{id}), whose version an update sends. */
    private static String lastKind(String template) {
        Matcher matcher = PATH_PARAMETER.matcher(template);
        String kind = null;
        while (matcher.find()) {
            kind = matcher.group(1);
        }
        return kind;
    }

    /** JSON bodies, including JSON Merge Patch (application/merge-patch+json) and other +json types. */
    static boolean isJson(String contentType) {
        return contentType != null && (contentType.equals("application/json") || contentType.endsWith("+json"));
    }

    static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
