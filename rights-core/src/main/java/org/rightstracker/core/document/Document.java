package org.rightstracker.core.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.BaseEntity;

/**
 * An attached file: a signed licence, a quote, notation, a cue-sheet submission. The bytes live in
 * the document store under their SHA-256 (so backups copy files, not database blobs); this row
 * holds what the file is and what it belongs to.
 */
@Entity
public class Document extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "production_id")
    public Production production;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cue_id")
    public Cue cue;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "clearance_item_id")
    public ClearanceItem item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public DocumentKind kind = DocumentKind.OTHER;

    @Column(nullable = false, length = 300)
    public String fileName;

    @Column(nullable = false, length = 100)
    public String contentType;

    @Column(nullable = false)
    public long sizeBytes;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(length = 1000)
    public String description;
}
