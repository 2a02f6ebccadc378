package org.rightstracker.web.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.rightstracker.core.shared.ValidationException;

/**
 * Filter values from the query string. JAX-RS would answer 404 for a value it cannot convert; a
 * client deserves a 400 that names the parameter and lists what it accepts.
 */
final class QueryValues {

    private QueryValues() {}

    static <E extends Enum<E>> E optional(Class<E> type, String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            String allowed =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new ValidationException(
                    parameter, "Unknown " + parameter + " '" + text + "'; use one of " + allowed + ".");
        }
    }

    /** A yes/no parameter: absent or blank is no; true/false (any case) as written; anything else a 400. */
    static boolean flag(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default ->
                throw new ValidationException(
                        parameter, "The " + parameter + " parameter is '" + text + "'; use true or false.");
        };
    }
}
