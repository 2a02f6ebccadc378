package org.rightstracker.core.score;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.document.Document;
import org.rightstracker.core.shared.BaseEntity;

/** A deliverable that is present: the document delivered for one score cue and one kind. */
@Entity
public class ScoreDeliverable extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cue_id")
    public Cue cue;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kind_id")
    public DeliverableKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    public Document document;
}
