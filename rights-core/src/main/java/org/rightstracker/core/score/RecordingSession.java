package org.rightstracker.core.score;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.BaseEntity;

/** A day in the studio with an ensemble and the score cues it recorded. */
@Entity
public class RecordingSession extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "production_id")
    public Production production;

    @Column(nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false, length = 200)
    public String studio;

    @Column(length = 200)
    public String orchestra;

    public Integer players;

    @Column(length = 200)
    public String conductor;

    /** The union or session report number, for the musicians' payments and residuals. */
    @Column(length = 50)
    public String reportNumber;

    @Column(length = 2000)
    public String notes;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "recording_session_cue",
            joinColumns = @JoinColumn(name = "recording_session_id"),
            inverseJoinColumns = @JoinColumn(name = "cue_id"))
    @OrderBy("number")
    public List<Cue> cues = new ArrayList<>();

    /** A production's sessions with their cues, earliest first. */
    public static List<RecordingSession> listFor(long productionId) {
        return find(
                        "select distinct s from RecordingSession s left join fetch s.cues"
                                + " where s.production.id = ?1 order by s.heldOn, s.id",
                        productionId)
                .list();
    }

    /** "Abbey Road, London Symphony Orchestra (64 players)". */
    public String ensemble() {
        StringBuilder text = new StringBuilder();
        if (orchestra != null) {
            text.append(orchestra);
        }
        if (players != null) {
            text.append(text.isEmpty() ? "" : " ").append("(").append(players).append(" players)");
        }
        return text.toString();
    }
}
