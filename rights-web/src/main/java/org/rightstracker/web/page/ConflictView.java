package org.rightstracker.web.page;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.rightstracker.core.audit.AuditEntry;

/**
 * What a user sees when someone else saved first: who changed what since they opened the form, which
 * of the other person's changes the form below already holds, and each field both of them changed,
 * side by side, with the choice of which value to keep. The form then carries the current version.
 *
 * @param kept labels of the fields only the other person changed: their values are in the form
 * @param choices the fields both changed to different values: the user keeps theirs or the other's
 */
public record ConflictView(String message, List<String> otherChanges, List<String> kept, List<Choice> choices) {

    /**
     * One field both people changed. The form posts {@code keep=<key>:mine} or {@code keep=<key>:theirs};
     * "mine" saves what the field in the form holds, "theirs" keeps the saved value.
     */
    public record Choice(String key, String label, String yours, String theirs, String chosen) {

        public Choice(String key, String label, String yours, String theirs) {
            this(key, label, yours, theirs, "");
        }

        public boolean isChosen(String side) {
            return side.equals(chosen);
        }

        public String keepMine() {
            return key + ":mine";
        }

        public String keepTheirs() {
            return key + ":theirs";
        }

        /** Posted while neither is chosen, so that the server can ask again rather than guess. */
        public String undecided() {
            return key + ":";
        }
    }

    /** A refusal with nothing to merge: a step that no longer fits, or an action on a stale copy. */
    public static ConflictView notice(String message, List<String> otherChanges) {
        return new ConflictView(message, otherChanges, List.of(), List.of());
    }

    public boolean hasChoices() {
        return !choices.isEmpty();
    }

    public boolean hasKept() {
        return !kept.isEmpty();
    }

    /** "Moods", "Moods and Styles", "Title, Moods and Styles". */
    public String keptFields() {
        return inWords(kept);
    }

    static String inWords(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** The history sentences of changes made after {@code seen}, oldest first, at most {@code limit}. */
    public static List<String> changesSince(List<AuditEntry> newestFirst, Instant seen, int limit) {
        List<String> changes = new ArrayList<>();
        for (AuditEntry entry : after(newestFirst, seen)) {
            changes.add(0, entry.describe() + " (" + PageFormats.when(entry.changedAt) + ")");
        }
        return changes.size() > limit ? changes.subList(changes.size() - limit, changes.size()) : changes;
    }

    /** The entries newer than {@code seen}, newest first; all of them when the moment is unknown. */
    static List<AuditEntry> after(List<AuditEntry> newestFirst, Instant seen) {
        List<AuditEntry> after = new ArrayList<>();
        for (AuditEntry entry : newestFirst) {
            if (seen != null && !entry.changedAt.isAfter(seen)) {
                break;
            }
            after.add(entry);
        }
        return after;
    }
}
