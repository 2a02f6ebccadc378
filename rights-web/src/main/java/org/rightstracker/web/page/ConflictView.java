package org.rightstracker.web.page;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rightstracker.core.audit.AuditEntry;

/**
 * What a user sees when someone else saved first: who changed what since they opened the form, and,
 * field by field, what they typed next to what is saved now. Their typed values stay in the form; the
 * form then carries the current version, so saving again is a deliberate choice to overwrite.
 */
public record ConflictView(String message, List<String> otherChanges, List<Difference> differences) {

    /** One field where the user's entry and the saved value differ. */
    public record Difference(String label, String yours, String saved) {}

    public boolean hasDifferences() {
        return !differences.isEmpty();
    }

    /**
     * Compares two form records of the same type component by component. {@code labels} names the
     * components worth comparing, in the order to show them; others (version, hidden fields) are skipped.
     */
    public static <F extends Record> List<Difference> differences(F yours, F saved, Map<String, String> labels) {
        List<Difference> differences = new ArrayList<>();
        RecordComponent[] components = yours.getClass().getRecordComponents();
        for (Map.Entry<String, String> label : labels.entrySet()) {
            for (RecordComponent component : components) {
                if (!component.getName().equals(label.getKey())) {
                    continue;
                }
                String mine = shown(read(component, yours));
                String theirs = shown(read(component, saved));
                if (!normalised(mine).equals(normalised(theirs))) {
                    differences.add(new Difference(label.getValue(), orEmpty(mine), orEmpty(theirs)));
                }
            }
        }
        return differences;
    }

    /** The history sentences of changes made after {@code seen}, oldest first, at most {@code limit}. */
    public static List<String> changesSince(List<AuditEntry> newestFirst, Instant seen, int limit) {
        List<String> changes = new ArrayList<>();
        for (AuditEntry entry : newestFirst) {
            if (seen != null && !entry.changedAt.isAfter(seen)) {
                break;
            }
            changes.add(0, entry.describe() + " (" + PageFormats.when(entry.changedAt) + ")");
        }
        return changes.size() > limit ? changes.subList(changes.size() - limit, changes.size()) : changes;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of a form record", e);
        }
    }

    private static String shown(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(Objects::toString).toList());
        }
        return value.toString();
    }

    private static String orEmpty(String text) {
        return text.isBlank() ? "(empty)" : text;
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
