package org.rightstracker.web.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.web.error.Problem;

/** A body that is not the JSON we expect: 400 naming the field, never a 500. */
public class JsonErrorMappers {

    // Listed type by type: Quarkus ships its own mapper for some of these, and the most specific type wins.
    @ServerExceptionMapper(
            priority = 1,
            value = {
                JsonProcessingException.class,
                JsonParseException.class,
                JsonMappingException.class,
                MismatchedInputException.class,
                InvalidFormatException.class,
                InvalidNullException.class,
                UnrecognizedPropertyException.class,
                ValueInstantiationException.class
            })
    public Response unreadable(JsonProcessingException e) {
        return problem(e);
    }

    /** The 400 problem for a body Jackson could not read; also used when Quarkus wraps the error. */
    public static Response problem(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "";
        String detail;
        if (e instanceof UnrecognizedPropertyException unknown) {
            detail = "Unknown field \"" + unknown.getPropertyName() + "\"; known fields: "
                    + unknown.getKnownPropertyIds() + ".";
        } else if (e instanceof InvalidNullException) {
            detail = (field.isEmpty() ? "An element" : field) + " is null; leave it out of the list or give its value.";
        } else if (e instanceof InvalidFormatException format) {
            detail = "The value " + format.getValue() + " does not fit " + (field.isEmpty() ? "the body" : field)
                    + allowed(format.getTargetType()) + ".";
        } else if (e instanceof JsonMappingException) {
            detail = "The value of " + (field.isEmpty() ? "the body" : field) + " has the wrong type.";
        } else {
            detail = "The body is not valid JSON: " + e.getOriginalMessage() + ".";
        }
        String named = field.isEmpty() ? "body" : field;
        return Response.status(400)
                .type(MediaType.valueOf("application/problem+json"))
                .entity(new Problem(
                        "about:blank", "Invalid input", 400, detail, List.of(new FieldError(named, detail))))
                .build();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String allowed(Class<?> type) {
        if (type != null && type.isEnum()) {
            return " (one of "
                    + java.util.Arrays.stream(type.getEnumConstants())
                            .map(String::valueOf)
                            .collect(Collectors.joining(", "))
                    + ")";
        }
        return type == null ? "" : " (" + type.getSimpleName() + ")";
    }
}
