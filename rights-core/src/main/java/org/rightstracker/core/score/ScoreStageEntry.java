package org.rightstracker.core.score;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import java.time.LocalDate;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.shared.BaseEntity;
import org.rightstracker.core.shared.ConflictException;

/**
 * One step of a score cue's stage history. The history is append-only: a cue that goes back gets a new
 * entry with the reason, and the current stage is the latest entry (by day, then by the order recorded).
 */
@Entity
public class ScoreStageEntry extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cue_id")
    public Cue cue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ScoreStage stage;

    @Column(nullable = false)
    public LocalDate occurredOn;

    /** Who signed the stage off, e.g. the director for an approved mock-up. */
    @Column(nullable = false, length = 200)
    public String signedBy;

    /** The user who recorded it. */
    @Column(nullable = false, length = 60)
    public String username;

    /** Why, required when the cue goes back. */
    @Column(length = 2000)
    public String reason;

    /** The recording session that recorded the cue, for entries a session wrote. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recording_session_id")
    public RecordingSession recordingSession;

    @PreUpdate
    @PreRemove
    void refuseChange() {
        // A removed cue takes its history with it in the database (on delete cascade), never through here.
        throw new ConflictException("A score stage entry is a record and cannot be changed; record a new stage.");
    }
}
