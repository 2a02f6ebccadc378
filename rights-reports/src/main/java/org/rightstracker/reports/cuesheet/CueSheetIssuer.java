package org.rightstracker.reports.cuesheet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.rightstracker.core.cuesheet.CueSheetRevision;
import org.rightstracker.core.cuesheet.CueSheetRevisionService;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.reports.render.FileNames;

/**
 * Issues the next cue-sheet revision: renders the filing with its revision number (and REVISED when it
 * replaces an earlier one) and hands the exact PDF to the core, which stores and locks it.
 */
@ApplicationScoped
public class CueSheetIssuer {

    @Inject
    CueSheetBuilder builder;

    @Inject
    CueSheetRevisionService revisions;

    /** One transaction, so the number printed on the filing is the number it is stored under. */
    @Transactional
    public CueSheetRevision issue(long productionId, String issuedBy, Instant issuedAt) {
        return issue(productionId, revisions.nextNumber(productionId), issuedBy, issuedAt);
    }

    /**
     * As {@link #issue(long, String, Instant)}, as the revision the issuer was shown: refused (409) when
     * another revision was issued meanwhile, so a second click or a colleague's issue never adds an
     * unreviewed revision.
     */
    @Transactional
    public CueSheetRevision issue(long productionId, int expectedNumber, String issuedBy, Instant issuedAt) {
        int number = revisions.nextNumber(productionId);
        if (number != expectedNumber) {
            throw new ConflictException(
                    "Revision " + (number - 1)
                            + " of this cue sheet was issued after you opened the page; review the draft again before issuing.");
        }
        CueSheetReport report =
                builder.build(productionId, new CueSheetReport.Revision(number, true, issuedAt, issuedBy));
        byte[] pdf = CueSheetRenderer.output(report).pdf();
        String fileName = FileNames.of(report.header().title(), "cue-sheet-revision-" + number, "pdf");
        return revisions.issue(
                productionId,
                number,
                issuedBy,
                issuedAt,
                new CueSheetRevisionService.IssuedContents(
                        report.lines().size(),
                        report.header().musicSeconds(),
                        report.warnings().size()),
                fileName,
                pdf);
    }
}
