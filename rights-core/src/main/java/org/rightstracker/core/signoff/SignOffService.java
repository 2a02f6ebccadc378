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
import org.rightstracker.core.shared.Errors;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.TextLimit;
import org.rightstracker.core.shared.ValidationException;

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

    /**
     * Who signs, and on what terms.
     *
     * @param signedBy the signer's name as printed (their display name, not their login)
     * @param signerRole the signer's role as printed, e.g. "Producer"
     * @param withExceptions the signer chose to sign a production that is not cleared as it stands
     * @param reason why; required with exceptions
     */
    public record Signing(String signedBy, String signerRole, boolean withExceptions, String reason) {}

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
     * Refuses a signing whose number is no longer the next one: someone signed off meanwhile, so what
     * the signer reviewed is not what they would supersede.
     */
    public void requireNextNumber(long productionId, int expectedNumber) {
        int next = nextNumber(productionId);
        if (expectedNumber != next) {
            throw new ConflictException("Sign-off " + (next - 1) + " of "
                    + productions.get(productionId).displayTitle()
                    + " was recorded after you opened this page; review the production again before signing.");
        }
    }

    /**
     * The signing as it will be recorded, checked against the production's state: a production that is
     * not cleared is signed only with the explicit choice of exceptions and a reason; a cleared one has
     * no exceptions to accept, so none are recorded.
     *
     * @throws ValidationException naming {@code withExceptions} and {@code reason}
     */
    public Signing check(boolean cleared, Signing signing) {
        if (signing.signedBy() == null || signing.signedBy().isBlank()) {
            throw new IllegalArgumentException("A sign-off needs the name of who signed");
        }
        String name = signing.signedBy().strip();
        String role = signing.signerRole() == null || signing.signerRole().isBlank()
                ? null
                : signing.signerRole().strip();
        if (cleared) {
            return new Signing(name, role, false, null);
        }
        Errors errors = new Errors();
        if (!signing.withExceptions()) {
            errors.add(
                    "withExceptions",
                    "The production is not cleared: sign it off only with exceptions, accepting what is outstanding.");
        }
        String reason = errors.required(TextLimit.SIGN_OFF_EXCEPTIONS_REASON, signing.reason());
        errors.throwIfAny();
        return new Signing(name, role, true, reason);
    }

    /**
     * Stores the signed PDF and records the sign-off.
     *
     * @param number the number printed in the PDF; refused when another sign-off took it meanwhile,
     *     because the document would then carry a wrong number
     * @param signing checked again here with {@link #check}, so no caller can skip the exceptions rule
     */
    @Transactional
    public SignOff record(
            long productionId,
            int number,
            Signing signing,
            Instant signedAt,
            SignedFigures figures,
            String fileName,
            byte[] pdf) {
        Production production = productions.get(productionId);
        Signing checked = check(figures.cleared(), signing);
        if (number != nextNumber(productionId)) {
            throw new ConflictException("Someone else signed off " + production.displayTitle()
                    + " at the same time; reload and sign again.");
        }
        SignOff signOff = new SignOff();
        signOff.production = production;
        signOff.number = number;
        signOff.signedBy = checked.signedBy();
        signOff.signerRole = checked.signerRole();
        signOff.withExceptions = checked.withExceptions();
        signOff.exceptionsReason = checked.reason();
        // Numbers have no gaps, so a later sign-off always replaces the one just before it.
        signOff.supersedes = number > 1 ? number - 1 : null;
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
