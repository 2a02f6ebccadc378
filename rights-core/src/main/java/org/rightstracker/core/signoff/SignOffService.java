package org.rightstracker.core.signoff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.production.ProductionService;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.NotFoundException;

/**
 * Records producer sign-offs. The caller (the reports module) renders the signed checklist; this
 * service keeps its exact bytes and the facts of the signing, and offers no way to change either.
 */
@ApplicationScoped
public class SignOffService {

    @Inject
    ProductionService productions;

    @Inject
    IssuedFileStore files;

    @Inject
    EntityManager em;

    /** What the signed checklist said about the production at the moment of signing. */
    public record SignedFigures(boolean cleared, int activeCues, int clearedCues, BigDecimal percentCleared) {

        public SignedFigures {
            Objects.requireNonNull(percentCleared, "percentCleared");
        }
    }

    public List<SignOff> list(long productionId) {
        productions.get(productionId);
        return SignOff.listFor(productionId);
    }

    public SignOff get(long productionId, int number) {
        return SignOff.findByNumber(productionId, number)
                .orElseThrow(() -> NotFoundException.of("Sign-off", number + " of production " + productionId));
    }

    /** The number the next sign-off of this production will carry; the signed PDF prints it. */
    public int nextNumber(long productionId) {
        Integer last = em.createQuery("select max(s.number) from SignOff s where s.production.id = :id", Integer.class)
                .setParameter("id", productionId)
                .getSingleResult();
        return last == null ? 1 : last + 1;
    }

    /**
     * Stores the signed PDF and records the sign-off.
     *
     * @param number the number printed in the PDF; refused when another sign-off took it meanwhile,
     *     because the document would then carry a wrong number
     */
    @Transactional
    public SignOff record(
            long productionId,
            int number,
            String signedBy,
            Instant signedAt,
            SignedFigures figures,
            String fileName,
            byte[] pdf) {
        Production production = productions.get(productionId);
        if (signedBy == null || signedBy.isBlank()) {
            throw new IllegalArgumentException("A sign-off needs the name of who signed");
        }
        if (number != nextNumber(productionId)) {
            throw new ConflictException("Someone else signed off " + production.displayTitle()
                    + " at the same time; reload and sign again.");
        }
        SignOff signOff = new SignOff();
        signOff.production = production;
        signOff.number = number;
        signOff.signedBy = signedBy.strip();
        signOff.signedAt = signedAt;
        signOff.cleared = figures.cleared();
        signOff.activeCues = figures.activeCues();
        signOff.clearedCues = figures.clearedCues();
        signOff.percentCleared = figures.percentCleared();
        signOff.fileName = fileName;
        signOff.sizeBytes = pdf.length;
        // The file first: a row must never point at bytes that are not there. A file without a row
        // (after a rollback) is harmless and is reused if the same bytes are ever stored again.
        signOff.sha256 = files.store(pdf);
        try {
            signOff.persist();
            SignOff.flush();
        } catch (PersistenceException e) {
            throw new ConflictException("Someone else signed off " + production.displayTitle()
                    + " at the same time; reload and sign again.");
        }
        return signOff;
    }

    /** The exact bytes that were signed, checked against the recorded SHA-256. */
    public byte[] pdf(SignOff signOff) {
        return files.read(signOff.sha256);
    }
}
