package org.rightstracker.web.error;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Whole numbers in query, form and header parameters ({@code ?version=3}, {@code ?production=12}). JAX-RS
 * answers an unreadable one with 404, as if the address did not exist; this answers 400 naming the
 * parameter. Path parameters keep their 404: {@code /works/abc} is an address nothing answers.
 */
@Provider
public class NumberParameters implements ParamConverterProvider {

    private static final Map<Class<?>, Function<String, Object>> PARSERS = Map.of(
            Long.class, Long::valueOf,
            long.class, Long::valueOf,
            Integer.class, Integer::valueOf,
            int.class, Integer::valueOf);

    /** A parameter that is not the number it must be: a 400 naming it (null when its name is not known). */
    public static class Unreadable extends BadRequestException {

        private final String parameter;

        Unreadable(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<String, Object> parser = PARSERS.get(rawType);
        if (parser == null || !isNamedValue(annotations)) {
            return null;
        }
        String name = nameOf(annotations);
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return (T) parser.apply(value.strip());
                } catch (NumberFormatException unreadable) {
                    String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
                    throw new Unreadable(
                            name,
                            (name == null ? "A parameter" : "The parameter " + name) + " must be a whole number, not '"
                                    + shown + "'.");
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static boolean isNamedValue(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam
                    || annotation instanceof FormParam
                    || annotation instanceof HeaderParam
                    || annotation instanceof RestQuery
                    || annotation instanceof RestForm
                    || annotation instanceof RestHeader) {
                return true;
            }
        }
        return false;
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            String name = null;
            if (annotation instanceof QueryParam query) {
                name = query.value();
            } else if (annotation instanceof FormParam form) {
                name = form.value();
            } else if (annotation instanceof HeaderParam header) {
                name = header.value();
            } else if (annotation instanceof RestQuery query) {
                name = query.value();
            } else if (annotation instanceof RestForm form) {
                name = form.value();
            } else if (annotation instanceof RestHeader header) {
                name = header.value();
            }
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return null;
    }
}
