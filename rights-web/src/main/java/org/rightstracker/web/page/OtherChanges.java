package org.rightstracker.web.page;

import java.time.Instant;
import java.util.List;
import org.rightstracker.core.audit.AuditEntry;

/** The recorded changes a conflict message quotes: what the other person did since the form was opened. */
public final class OtherChanges {

    private static final int SHOWN = 8;

    private OtherChanges() {}

    public static List<String> ofEntity(String type, long id, Instant seen) {
        List<AuditEntry> entries = AuditEntry.find(
                        "entityType = ?1 and entityId = ?2 order by changedAt desc, id desc", type, id)
                .page(0, 50)
                .list();
        return ConflictView.changesSince(entries, seen, SHOWN);
    }

    public static List<String> ofItem(long itemId, Instant seen) {
        return ConflictView.changesSince(AuditEntry.forItem(itemId), seen, SHOWN);
    }

    public static List<String> ofWork(long workId, Instant seen) {
        List<AuditEntry> entries = AuditEntry.find("workId = ?1 order by changedAt desc, id desc", workId)
                .page(0, 50)
                .list();
        return ConflictView.changesSince(entries, seen, SHOWN);
    }

    public static List<String> ofRecording(long recordingId, Instant seen) {
        List<AuditEntry> entries = AuditEntry.find("recordingId = ?1 order by changedAt desc, id desc", recordingId)
                .page(0, 50)
                .list();
        return ConflictView.changesSince(entries, seen, SHOWN);
    }
}
