package org.rightstracker.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;

/**
 * Partial updates by JSON Merge Patch (RFC 7396): the patch is applied to the resource's full update
 * body as it stands, which the existing full-replacement update then saves. A member absent from the
 * patch keeps its value, a member set to null is cleared, nested objects are merged member by member.
 * The version is never taken from what is saved: it comes from the patch or the If-Match header, as for
 * every update, so a patch written from a stale read is a 409.
 */
@ApplicationScoped
public class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    @Inject
    ObjectMapper mapper;

    /**
     * @param current the update body that would leave the resource as it is
     * @param patch the request body as sent
     * @return the body to save; its version is the patch's, or null when the patch has none
     * @throws ValidationException naming each unknown member, or when the patch is not a JSON object
     * @throws JsonProcessingException on malformed JSON or a value of the wrong type (a 400 naming the field)
     */
    public <T extends Record> T apply(T current, String patch, Class<T> type) throws JsonProcessingException {
        JsonNode changes = patch == null || patch.isBlank() ? null : mapper.readTree(patch);
        if (changes == null || !changes.isObject()) {
            throw new ValidationException(
                    "body",
                    "Send a JSON object (a merge patch, RFC 7396): the members to change, null for those to"
                            + " clear, and the version you read.");
        }
        List<FieldError> unknown = new ArrayList<>();
        unknownMembers(changes, type, "", unknown);
        if (!unknown.isEmpty()) {
            throw new ValidationException(unknown);
        }
        ObjectNode target = mapper.valueToTree(current);
        target.remove("version");
        return mapper.treeToValue(merge(target, changes), type);
    }

    /** RFC 7396, section 2. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result =
                target != null && target.isObject() ? (ObjectNode) target : JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), merge(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }

    private static void unknownMembers(JsonNode patch, Class<?> type, String prefix, List<FieldError> unknown) {
        RecordComponent[] components = type.getRecordComponents();
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            RecordComponent component = Arrays.stream(components)
                    .filter(c -> c.getName().equals(member.getKey()))
                    .findFirst()
                    .orElse(null);
            String path = prefix + member.getKey();
            if (component == null) {
                unknown.add(new FieldError(
                        path,
                        "Unknown member \"" + path + "\"; known members: "
                                + Arrays.stream(components)
                                        .map(c -> prefix + c.getName())
                                        .collect(Collectors.joining(", "))
                                + "."));
            } else if (component.getType().isRecord() && member.getValue().isObject()) {
                unknownMembers(member.getValue(), component.getType(), path + ".", unknown);
            }
        }
    }
}
