package org.rightstracker.reports.signoff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.rightstracker.core.signoff.SignOff;
import org.rightstracker.core.signoff.SignOffService;
import org.rightstracker.core.signoff.SignOffService.Signing;
import org.rightstracker.reports.checklist.ChecklistBuilder;
import org.rightstracker.reports.checklist.ChecklistRenderer;
import org.rightstracker.reports.checklist.ChecklistReport;
import org.rightstracker.reports.render.FileNames;
import org.rightstracker.reports.render.ProductionSnapshot;
import org.rightstracker.reports.render.ProductionSnapshots;

/**
 * A producer signs off the clearance checklist: the checklist is rendered as it stands, marked with
 * the sign-off number, the signer's name and role, the moment, any exceptions accepted with their
 * reason and the sign-off it supersedes, and the core keeps that exact PDF for good.
 */
@ApplicationScoped
public class SignOffIssuer {

    @Inject
    ProductionSnapshots snapshots;

    @Inject
    ChecklistBuilder checklists;

    @Inject
    SignOffService signOffs;

    /**
     * One transaction, so the figures and number in the PDF are the ones recorded beside it.
     *
     * @param expectedNumber the number the signer was shown; refused (409) when someone signed meanwhile
     * @throws org.rightstracker.core.shared.ValidationException when the production is not cleared and
     *     the signing lacks the exceptions choice or a reason, before anything is rendered
     */
    @Transactional
    public SignOff signOff(long productionId, int expectedNumber, Signing signing, Instant signedAt) {
        signOffs.requireNextNumber(productionId, expectedNumber);
        int number = expectedNumber;
        ProductionSnapshot snapshot = snapshots.load(productionId, LocalDate.ofInstant(signedAt, ZoneOffset.UTC));
        Signing checked = signOffs.check(snapshot.verdict().cleared(), signing);
        ChecklistReport.Superseded supersedes = null;
        if (number > 1) {
            SignOff previous = signOffs.get(productionId, number - 1);
            supersedes = new ChecklistReport.Superseded(previous.number, previous.signedBy, previous.signedAt);
        }
        ChecklistReport report = checklists.build(
                snapshot,
                checked.signedBy(),
                new ChecklistReport.SignOffMark(
                        number, checked.signedBy(), checked.signerRole(), signedAt, checked.reason(), supersedes));
        byte[] pdf = ChecklistRenderer.output(report).pdf();
        return signOffs.record(
                productionId,
                number,
                checked,
                signedAt,
                new SignOffService.SignedFigures(
                        report.cleared(), report.activeCues(), report.clearedCues(), report.percentCleared()),
                FileNames.of(report.production().title(), "sign-off-" + number, "pdf"),
                pdf);
    }
}
