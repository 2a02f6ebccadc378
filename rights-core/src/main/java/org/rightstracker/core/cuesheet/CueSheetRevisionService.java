package org.rightstracker.core.cuesheet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.production.ProductionService;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.signoff.IssuedFileStore;

/**
 * Issues cue-sheet revisions. The reports module renders the filing; this service numbers it, keeps
 * its exact bytes and locks it. Nothing here changes or removes an issued revision.
 */
@ApplicationScoped
public class CueSheetRevisionService {

    @Inject
    ProductionService productions;

    @Inject
    IssuedFileStore files;

    @Inject
    EntityManager em;

    /** What the issued cue sheet contained, for the list of revisions. */
    public record IssuedContents(int cueCount, int musicSeconds, int warningCount) {}

    public List<CueSheetRevision> list(long productionId) {
        productions.get(productionId);
        return CueSheetRevision.listFor(productionId);
    }

    public CueSheetRevision get(long productionId, int number) {
        return CueSheetRevision.findByNumber(productionId, number)
                .orElseThrow(
                        () -> NotFoundException.of("Cue sheet revision", number + " of production " + productionId));
    }

    /** The number the next revision will carry; 1 while none has been issued. */
    public int nextNumber(long productionId) {
        Integer last = em.createQuery(
                        "select max(r.number) from CueSheetRevision r where r.production.id = :id", Integer.class)
                .setParameter("id", productionId)
                .getSingleResult();
        return last == null ? 1 : last + 1;
    }

    /**
     * Stores the rendered filing as revision {@code number} and locks it.
     *
     * @param number the number printed on the filing; refused when another revision took it meanwhile
     */
    @Transactional
    public CueSheetRevision issue(
            long productionId,
            int number,
            String issuedBy,
            Instant issuedAt,
            IssuedContents contents,
            String fileName,
            byte[] pdf) {
        Production production = productions.get(productionId);
        if (issuedBy == null || issuedBy.isBlank()) {
            throw new IllegalArgumentException("A cue sheet revision needs the name of who issued it");
        }
        if (number != nextNumber(productionId)) {
            throw new ConflictException("Someone else issued cue sheet revision " + number + " of "
                    + production.displayTitle() + " at the same time; reload to see it.");
        }
        CueSheetRevision revision = new CueSheetRevision();
        revision.production = production;
        revision.number = number;
        revision.issuedBy = issuedBy.strip();
        revision.issuedAt = issuedAt;
        revision.cueCount = contents.cueCount();
        revision.musicSeconds = contents.musicSeconds();
        revision.warningCount = contents.warningCount();
        revision.fileName = fileName;
        revision.sizeBytes = pdf.length;
        revision.sha256 = files.store(pdf);
        try {
            revision.persist();
            CueSheetRevision.flush();
        } catch (PersistenceException e) {
            throw new ConflictException("Someone else issued cue sheet revision " + number + " of "
                    + production.displayTitle() + " at the same time; reload to see it.");
        }
        return revision;
    }

    /** The exact bytes issued, checked against the recorded SHA-256. */
    public byte[] pdf(CueSheetRevision revision) {
        return files.read(revision.sha256);
    }
}
