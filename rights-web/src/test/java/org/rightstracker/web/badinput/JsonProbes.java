package org.rightstracker.web.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Valid bodies and their bad variants, generated from the OpenAPI schemas of the request bodies. A valid
 * body comes from the schema with a plausible value per property (a table by property name, for values
 * with a format such as shares, amounts or currencies); each variant then breaks exactly one property in
 * one way, so a refusal must name that property.
 */
final class JsonProbes {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Longer than every text column (the longest typed one holds 4,000 characters). */
    static final String LONG_TEXT = "x".repeat(100 * 1024);

    /** Plausible text by property name; properties not listed get a short word. */
    private static final Map<String, String> TEXT = Map.ofEntries(
            Map.entry("share", "100"),
            Map.entry("currency", "USD"),
            Map.entry("quotedFee", "100"),
            Map.entry("agreedFee", "100"),
            Map.entry("fee", "100"),
            Map.entry("budget", "100"),
            Map.entry("runtime", "1:00"),
            Map.entry("duration", "1:00"),
            Map.entry("frameRate", "24"),
            Map.entry("media", "ALL_MEDIA"),
            Map.entry("territories", "WORLD"),
            Map.entry("excludedTerritories", ""),
            Map.entry("email", "probe@example.com"));

    /** Text properties that carry a number (amounts, shares, times): none may be negative or huge. */
    private static final Set<String> NUMBERS_AS_TEXT =
            Set.of("share", "quotedFee", "agreedFee", "fee", "budget", "runtime", "duration", "frameRate");

    /** Optional identifiers and timings a valid body leaves out (each has its own format). */
    private static final Set<String> LEFT_OUT = Set.of(
            "timecodeIn", "timecodeOut", "iswc", "isrc", "ipiNameNumber", "isni", "seriesTitle", "episodeNumber");

    /** Enum values a valid body needs other than the first (a transition must be a possible move). */
    private static final Map<String, String> CHOICE = Map.of("status", "REQUESTED", "origin", "SOUNDTRACK");

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** One way of breaking one property: where, what to put there (null: leave the property out). */
    record Variant(String path, List<Object> segments, JsonNode value, String how, boolean removes) {}

    private final JsonNode schemas;
    private final Map<String, LongSupplier> ids;

    /**
     * @param schemas the OpenAPI document's components/schemas
     * @param ids the fixture's ids by property name (partyId, workId...), for references a valid body makes
     */
    JsonProbes(JsonNode schemas, Map<String, LongSupplier> ids) {
        this.schemas = schemas;
        this.ids = ids;
    }

    JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String name = ref.asText().substring(ref.asText().lastIndexOf('/') + 1);
        return resolve(schemas.get(name));
    }

    /** A valid value for the schema of a property named {@code name}; null to leave the property out. */
    JsonNode valid(String name, JsonNode schema) {
        JsonNode resolved = resolve(schema);
        if (resolved.has("enum")) {
            String chosen = CHOICE.get(name);
            return NODES.textNode(
                    chosen != null ? chosen : resolved.get("enum").get(0).asText());
        }
        String type = resolved.path("type").asText("object");
        switch (type) {
            case "string" -> {
                if (LEFT_OUT.contains(name)) {
                    return null;
                }
                if ("date".equals(resolved.path("format").asText())) {
                    return NODES.textNode("2026-01-01");
                }
                if ("number".equals(name)) {
                    // A cue number nobody uses, should a create go through.
                    return NODES.textNode("9M" + SEQUENCE.incrementAndGet());
                }
                return NODES.textNode(TEXT.getOrDefault(name, "Probe"));
            }
            case "integer" -> {
                LongSupplier id = ids.get(name);
                if (id != null) {
                    return NODES.numberNode(id.getAsLong());
                }
                return NODES.numberNode("releaseYear".equals(name) ? 2000 : 1);
            }
            case "number" -> {
                return NODES.numberNode(1);
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                JsonNode element = valid(singular(name), resolved.get("items"));
                if (element != null) {
                    array.add(element);
                }
                return array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                Iterator<Map.Entry<String, JsonNode>> properties =
                        resolved.path("properties").fields();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    JsonNode value = valid(property.getKey(), property.getValue());
                    if (value != null) {
                        object.set(property.getKey(), value);
                    }
                }
                return object;
            }
        }
    }

    /** Every variant of the properties below {@code schema}, skipping those named in {@code skipped}. */
    List<Variant> variants(JsonNode schema, Set<String> skipped) {
        List<Variant> variants = new ArrayList<>();
        collect(resolve(schema), "", List.of(), skipped, variants);
        return variants;
    }

    private void collect(JsonNode object, String prefix, List<Object> at, Set<String> skipped, List<Variant> out) {
        Iterator<Map.Entry<String, JsonNode>> properties =
                object.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            String name = property.getKey();
            if (at.isEmpty() && skipped.contains(name)) {
                continue;
            }
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            List<Object> segments = new ArrayList<>(at);
            segments.add(name);
            property(name, path, List.copyOf(segments), resolve(property.getValue()), out);
        }
    }

    private void property(String name, String path, List<Object> segments, JsonNode schema, List<Variant> out) {
        if (schema.has("enum")) {
            out.add(new Variant(path, segments, NODES.textNode("NO_SUCH_VALUE"), "an unknown value", false));
            out.add(new Variant(path, segments, NODES.numberNode(7), "a number for a choice", false));
            return;
        }
        String type = schema.path("type").asText("object");
        switch (type) {
            case "string" -> {
                if ("date".equals(schema.path("format").asText())) {
                    out.add(new Variant(path, segments, NODES.textNode("2026-13-45"), "an impossible date", false));
                    out.add(new Variant(path, segments, NODES.objectNode(), "an object for a date", false));
                    return;
                }
                out.add(new Variant(path, segments, NODES.textNode(LONG_TEXT), "a 100 KB text", false));
                out.add(new Variant(path, segments, NODES.objectNode(), "an object for a text", false));
                if (NUMBERS_AS_TEXT.contains(name)) {
                    out.add(new Variant(path, segments, NODES.textNode("-5"), "a negative number", false));
                    out.add(new Variant(path, segments, NODES.textNode("9".repeat(30)), "a huge number", false));
                }
            }
            case "integer", "number" -> {
                out.add(new Variant(path, segments, NODES.textNode("abc"), "a word for a number", false));
                out.add(new Variant(
                        path,
                        segments,
                        NODES.numberNode(BigInteger.TEN.pow(30)),
                        "a number beyond every column",
                        false));
                out.add(new Variant(path, segments, NODES.numberNode(-5), "a negative number", false));
                if (name.endsWith("Id")) {
                    out.add(new Variant(path, segments, NODES.numberNode(999_999_999L), "an unknown id", false));
                }
            }
            case "boolean" ->
                out.add(new Variant(path, segments, NODES.textNode("maybe"), "a word for a yes/no", false));
            case "array" -> {
                JsonNode items = resolve(schema.get("items"));
                ArrayNode withNull = NODES.arrayNode();
                JsonNode element = valid(singular(name), items);
                if (element != null) {
                    withNull.add(element);
                }
                int nullAt = withNull.size();
                withNull.addNull();
                out.add(new Variant(path + "[" + nullAt + "]", segments, withNull, "a null in the list", false));
                out.add(new Variant(path, segments, NODES.textNode("abc"), "a word for a list", false));
                List<Object> first = new ArrayList<>(segments);
                first.add(0);
                if (items.has("properties")) {
                    collect(items, path + "[0]", first, Set.of(), out);
                } else {
                    property(singular(name), path + "[0]", List.copyOf(first), items, out);
                }
            }
            default -> {
                out.add(new Variant(path, segments, NODES.textNode("abc"), "a word for an object", false));
                collect(schema, path, segments, Set.of(), out);
            }
        }
    }

    /** The valid body with the variant applied. */
    static JsonNode apply(JsonNode valid, Variant variant) {
        JsonNode copy = valid.deepCopy();
        JsonNode parent = copy;
        List<Object> segments = variant.segments();
        for (int i = 0; i < segments.size() - 1; i++) {
            Object segment = segments.get(i);
            JsonNode next = segment instanceof Integer index ? parent.get(index) : parent.get((String) segment);
            if (next == null) {
                next = segments.get(i + 1) instanceof Integer ? NODES.arrayNode() : NODES.objectNode();
                set(parent, segment, next);
            }
            parent = next;
        }
        Object last = segments.get(segments.size() - 1);
        if (variant.removes() && parent instanceof ObjectNode object) {
            object.remove((String) last);
        } else {
            set(parent, last, variant.value());
        }
        return copy;
    }

    private static void set(JsonNode parent, Object segment, JsonNode value) {
        if (segment instanceof Integer index && parent instanceof ArrayNode array) {
            while (array.size() <= index) {
                array.addNull();
            }
            array.set(index, value);
        } else if (parent instanceof ObjectNode object) {
            object.set((String) segment, value);
        }
    }

    /** "writers" → "writer": the name a list element's own properties are looked up by. */
    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
