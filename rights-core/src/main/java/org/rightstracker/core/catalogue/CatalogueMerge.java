package org.rightstracker.core.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Transient;
import java.util.Map;
import java.util.Optional;
import org.rightstracker.core.shared.BaseEntity;

/**
 * The record of one merge: which party, work or recording was merged into which, by whom, and what
 * was moved. The merged-away record is gone; this row is how its old address finds the kept one.
 */
@Entity
public class CatalogueMerge extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public CatalogueKind kind;

    @Column(nullable = false)
    public long mergedId;

    @Column(nullable = false, length = 300)
    public String mergedName;

    @Column(nullable = false)
    public long keptId;

    @Column(nullable = false, length = 300)
    public String keptName;

    @Column(nullable = false, length = 60)
    public String username;

    /** What moved to the kept record, in words ("3 cues, 2 writer shares"). */
    @Column(nullable = false, length = 1000)
    public String moved;

    /**
     * How many rows of each kind moved ("writer share" → 2), known only to the merge that just ran (the
     * stored record keeps the words in {@link #moved}); the API answers with it.
     */
    @Transient
    public Map<String, Integer> movedRows = Map.of();

    /** Where a merged-away record went, following later merges of the kept one too. */
    public static Optional<CatalogueMerge> of(CatalogueKind kind, long mergedId) {
        return find("kind = ?1 and mergedId = ?2", kind, mergedId).firstResultOptional();
    }

    /** The id a merged-away record now lives on, after every merge since (empty when never merged). */
    public static Optional<Long> currentId(CatalogueKind kind, long id) {
        Long current = null;
        Optional<CatalogueMerge> merge = of(kind, id);
        for (int hops = 0; merge.isPresent() && hops < 50; hops++) {
            current = merge.get().keptId;
            merge = of(kind, current);
        }
        return Optional.ofNullable(current);
    }
}
