package org.rightstracker.web.page;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields of an edit form as a merge sees them, in the order the form shows them. A field is one
 * component of the form record, or several that only make sense together: the parallel columns of a
 * share editor are one field ("Writers"), so a merge never pairs one person's parties with the
 * other's shares. List-valued components (media ticked, moods typed as one text) are one field each:
 * taking half of each person's list would give a set nobody chose.
 *
 * <p>Every edit form carries a baseline: per field, a short fingerprint of the value it was opened
 * with ("title~k3J9aQ2x,moods~..."). It keeps the form small whatever the notes hold, and a forged
 * baseline can only change which side the sender's own merge takes, which they could do by typing.
 * By convention the form record names its bookkeeping components {@code version}, {@code seen}
 * (when it was opened) and {@code baseline}.
 */
public final class MergeFields<F extends Record> {

    /** One mergeable field: its key in the baseline, its label, the record components it spans. */
    public record Field(String key, String label, List<String> components) {}

    private static final Base64.Encoder HASH_TEXT = Base64.getUrlEncoder().withoutPadding();

    private final List<Field> fields;
    private final Map<String, Function<F, String>> shownBy;
    private final RecordComponent[] components;
    private final Map<String, Integer> positions = new HashMap<>();
    private final Constructor<F> constructor;

    private MergeFields(Class<F> type, List<Field> fields, Map<String, Function<F, String>> shownBy) {
        this.fields = List.copyOf(fields);
        this.shownBy = Map.copyOf(shownBy);
        this.components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            positions.put(components[i].getName(), i);
        }
        for (Field field : fields) {
            for (String component : field.components()) {
                if (!positions.containsKey(component)) {
                    throw new IllegalArgumentException(type.getSimpleName() + " has no component " + component);
                }
            }
        }
        if (!positions.containsKey("version") || !positions.containsKey("baseline")) {
            throw new IllegalArgumentException(type.getSimpleName() + " needs version and baseline components");
        }
        try {
            constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no canonical constructor", e);
        }
    }

    public static <F extends Record> Builder<F> of(Class<F> type) {
        return new Builder<>(type);
    }

    public List<Field> fields() {
        return fields;
    }

    /** The form as opened: it carries the fingerprints of its own values as its baseline. */
    public F opened(F form) {
        return with(form, Map.of("baseline", baselineOf(form)));
    }

    /**
     * The form's values over what is saved now: the saved version, a new "seen" time, and the saved
     * values as the baseline, so that the next save merges against what this answer shows as saved.
     */
    public F over(F form, F saved) {
        Map<String, Object> bookkeeping = new HashMap<>();
        bookkeeping.put("version", read(saved, "version"));
        bookkeeping.put("baseline", baselineOf(saved));
        if (positions.containsKey("seen")) {
            bookkeeping.put("seen", FormFields.openedNow());
        }
        return with(form, bookkeeping);
    }

    /** The form with one field's values taken from {@code source}. */
    public F take(F form, F source, Field field) {
        Map<String, Object> values = new HashMap<>();
        for (String component : field.components()) {
            values.put(component, read(source, component));
        }
        return with(form, values);
    }

    /** The version the form carries, as {@link FormFields#version} reads it. */
    public long version(F form) {
        return FormFields.version(Objects.toString(read(form, "version"), null));
    }

    /** When the form was opened, from its "seen" component; null when it carries none. */
    public Instant seen(F form) {
        if (!positions.containsKey("seen")) {
            return null;
        }
        Long millis = FormFields.id(Objects.toString(read(form, "seen"), null));
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    /** The fingerprint of each field as the form's baseline carries it; empty when it carries none. */
    public Map<String, String> baseline(F form) {
        Object text = read(form, "baseline");
        Map<String, String> baseline = new HashMap<>();
        if (text == null) {
            return baseline;
        }
        for (String entry : text.toString().split(",")) {
            int tilde = entry.indexOf('~');
            if (tilde > 0) {
                baseline.put(entry.substring(0, tilde), entry.substring(tilde + 1));
            }
        }
        return baseline;
    }

    /** The value of a field as a person reads it, for showing both sides of a choice. */
    public String shown(F form, Field field) {
        String value = shownBy.containsKey(field.key())
                ? shownBy.get(field.key()).apply(form)
                : field.components().stream()
                        .map(component -> normalised(read(form, component), ", "))
                        .filter(text -> !text.isEmpty())
                        .collect(Collectors.joining(" · "));
        return value.isBlank() ? "(empty)" : value;
    }

    /** A short, stable fingerprint of a field's value, blind to spacing and line-break style. */
    public String fingerprint(F form, Field field) {
        String text = field.components().stream()
                .map(component -> normalised(read(form, component), "\u001f"))
                .collect(Collectors.joining("\u001e"));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HASH_TEXT.encodeToString(digest).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private String baselineOf(F form) {
        return fields.stream().map(f -> f.key() + "~" + fingerprint(form, f)).collect(Collectors.joining(","));
    }

    private Object read(F form, String component) {
        try {
            return components[positions.get(component)].getAccessor().invoke(form);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component + " of a form", e);
        }
    }

    private F with(F form, Map<String, Object> replaced) {
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            values[i] = replaced.containsKey(name) ? replaced.get(name) : read(form, name);
        }
        try {
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot copy a form", e);
        }
    }

    /** Spaces and line breaks as typed are not a change: browsers send a textarea's breaks as CRLF. */
    private static String normalised(Object value, String listSeparator) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> normalised(v, listSeparator)).collect(Collectors.joining(listSeparator));
        }
        return value.toString().strip().replaceAll("\\s+", " ");
    }

    public static final class Builder<F extends Record> {
        private final Class<F> type;
        private final Map<String, Field> fields = new LinkedHashMap<>();
        private final Map<String, Function<F, String>> shownBy = new HashMap<>();

        private Builder(Class<F> type) {
            this.type = type;
        }

        /** A field that is one component of the same name. */
        public Builder<F> field(String component, String label) {
            fields.put(component, new Field(component, label, List.of(component)));
            return this;
        }

        /**
         * A field spanning several components, e.g. the parallel columns of one share editor, with how a
         * person reads its value (one row after the other).
         */
        public Builder<F> rows(String key, String label, Function<F, String> shown, String... components) {
            fields.put(key, new Field(key, label, List.of(components)));
            shownBy.put(key, shown);
            return this;
        }

        public MergeFields<F> build() {
            return new MergeFields<>(type, new ArrayList<>(fields.values()), shownBy);
        }
    }
}
