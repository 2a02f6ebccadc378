package org.rightstracker.web.page;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rightstracker.core.audit.AuditEntry;
import org.rightstracker.web.security.AppUser;

/**
 * The recorded changes a conflict message quotes: what the other people did since the form was opened,
 * and who they are by name ("Kept Bob's change to Moods").
 *
 * @param sentences the history sentences, oldest first
 * @param people the display names of those who changed it, first to last
 */
public record OtherChanges(List<String> sentences, List<String> people) {

    private static final int SHOWN = 8;

    /** For things the audit trail does not follow (parties): nobody to name. */
    public static OtherChanges unrecorded() {
        return new OtherChanges(List.of(), List.of());
    }

    public static OtherChanges ofEntity(String type, long id, Instant seen) {
        List<AuditEntry> entries = AuditEntry.find(
                        "entityType = ?1 and entityId = ?2 order by changedAt desc, id desc", type, id)
                .page(0, 50)
                .list();
        return since(entries, seen);
    }

    public static OtherChanges ofItem(long itemId, Instant seen) {
        return since(AuditEntry.forItem(itemId), seen);
    }

    public static OtherChanges ofWork(long workId, Instant seen) {
        List<AuditEntry> entries = AuditEntry.find("workId = ?1 order by changedAt desc, id desc", workId)
                .page(0, 50)
                .list();
        return since(entries, seen);
    }

    public static OtherChanges ofRecording(long recordingId, Instant seen) {
        List<AuditEntry> entries = AuditEntry.find("recordingId = ?1 order by changedAt desc, id desc", recordingId)
                .page(0, 50)
                .list();
        return since(entries, seen);
    }

    /** "Bob's", "Bob and Carol's", or "someone else's" when the history names nobody. */
    public String whose() {
        return people.isEmpty() ? "someone else's" : ConflictView.inWords(people) + "'s";
    }

    private static OtherChanges since(List<AuditEntry> newestFirst, Instant seen) {
        Set<String> usernames = new LinkedHashSet<>();
        List<AuditEntry> after = ConflictView.after(newestFirst, seen);
        for (int i = after.size() - 1; i >= 0; i--) {
            usernames.add(after.get(i).username);
        }
        Map<String, String> names = usernames.isEmpty()
                ? Map.of()
                : AppUser.<AppUser>list("username in ?1", usernames).stream()
                        .collect(Collectors.toMap(u -> u.username, u -> u.displayName));
        List<String> people =
                usernames.stream().map(u -> names.getOrDefault(u, u)).toList();
        return new OtherChanges(ConflictView.changesSince(newestFirst, seen, SHOWN), people);
    }
}
