package org.rightstracker.core.score;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.List;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.BaseEntity;

/** A session where the director and the composer decided where score goes. */
@Entity
public class SpottingSession extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "production_id")
    public Production production;

    @Column(nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false, length = 1000)
    public String attendees;

    @Column(length = 4000)
    public String notes;

    /** A production's sessions, earliest first. */
    public static List<SpottingSession> listFor(long productionId) {
        return list("production.id = ?1 order by heldOn, id", productionId);
    }
}
