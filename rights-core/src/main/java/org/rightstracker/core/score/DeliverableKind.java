package org.rightstracker.core.score;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.BaseEntity;

/** A file the production expects for every score cue, such as the full score or the stems. */
@Entity
@Table(name = "score_deliverable_kind")
public class DeliverableKind extends BaseEntity {

    /** What a production expects until it sets its own list. */
    public static final List<String> DEFAULTS = List.of("Full score", "Parts", "Mix", "Stems", "M&E stem");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "production_id")
    public Production production;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(nullable = false)
    public int position;

    public static List<DeliverableKind> listFor(long productionId) {
        return list("production.id = ?1 order by position, id", productionId);
    }
}
