package org.rightstracker.core.album.engine;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where one album right stands. Kept simpler than the sync workflow: any status may follow any other,
 * because album deals are few and often agreed in one conversation. Licences end LICENSED, approvals
 * end APPROVED.
 */
public enum AlbumRightStatus {
    NOT_REQUESTED("Not requested"),
    REQUESTED("Requested"),
    QUOTED("Quoted"),
    APPROVED("Approved"),
    LICENSED("Licensed"),
    DENIED("Denied");

    private final String label;

    AlbumRightStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses that make sense for a kind: approvals are not quoted or licensed. */
    public static Set<AlbumRightStatus> allowedFor(AlbumRightKind kind) {
        return kind.isApproval()
                ? EnumSet.of(NOT_REQUESTED, REQUESTED, APPROVED, DENIED)
                : EnumSet.of(NOT_REQUESTED, REQUESTED, QUOTED, LICENSED, DENIED);
    }

    /** Whether a right of this kind in this status clears its part of the track. */
    public boolean clears(AlbumRightKind kind) {
        return kind.isApproval() ? this == APPROVED : this == LICENSED;
    }
}
