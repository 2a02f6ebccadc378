package org.rightstracker.core.score;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.Optional;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.shared.BaseEntity;

/**
 * What score production adds to a score cue: the spotting notes beyond the cue's own scene, timecodes,
 * moods and styles, the session it was spotted at, and the date it is due to be delivered.
 */
@Entity
public class ScoreCue extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cue_id")
    public Cue cue;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "spotting_session_id")
    public SpottingSession spottingSession;

    @Column(length = 1000)
    public String emotionalIntent;

    @Column(length = 2000)
    public String directorNote;

    /** When the cue is due to be delivered; a cue not delivered by then is late. */
    public LocalDate targetDate;

    public static Optional<ScoreCue> findByCue(long cueId) {
        return find("cue.id", cueId).firstResultOptional();
    }
}
