package org.rightstracker.reports.signoff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.rightstracker.core.signoff.SignOff;
import org.rightstracker.core.signoff.SignOffService;
import org.rightstracker.reports.checklist.ChecklistBuilder;
import org.rightstracker.reports.checklist.ChecklistRenderer;
import org.rightstracker.reports.checklist.ChecklistReport;
import org.rightstracker.reports.render.FileNames;
import org.rightstracker.reports.render.ProductionSnapshots;

/**
 * A producer signs off the clearance checklist: the checklist is rendered as it stands, marked with
 * the sign-off number, the signer and the moment, and the core keeps that exact PDF for good.
 */
@ApplicationScoped
public class SignOffIssuer {

    @Inject
    ProductionSnapshots snapshots;

    @Inject
    ChecklistBuilder checklists;

    @Inject
    SignOffService signOffs;

    /** One transaction, so the figures and number in the PDF are the ones recorded beside it. */
    @Transactional
    public SignOff signOff(long productionId, String signedBy, Instant signedAt) {
        int number = signOffs.nextNumber(productionId);
        ChecklistReport report = checklists.build(
                snapshots.load(productionId, LocalDate.ofInstant(signedAt, ZoneOffset.UTC)),
                signedBy,
                new ChecklistReport.SignOffMark(number, signedBy, signedAt));
        byte[] pdf = ChecklistRenderer.pdf(report);
        return signOffs.record(
                productionId,
                number,
                signedBy,
                signedAt,
                new SignOffService.SignedFigures(
                        report.cleared(), report.activeCues(), report.clearedCues(), report.percentCleared()),
                FileNames.of(report.production().title(), "sign-off-" + number, "pdf"),
                pdf);
    }
}
