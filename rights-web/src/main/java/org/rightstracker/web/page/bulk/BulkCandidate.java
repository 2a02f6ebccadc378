package org.rightstracker.web.page.bulk;

import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.clearance.engine.ItemVerdict;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.shared.Money;
import org.rightstracker.web.page.PageFormats;

/**
 * One licence offered on a bulk confirmation page, with what the step will commit: for an approval the
 * fee the budget will count (after MFN) beside the fee agreed, so the two never differ unseen.
 */
public record BulkCandidate(ClearanceItem item, ItemVerdict verdict, LicenceStatus target) {

    /** "12:3": the licence and the version shown, sent back with the confirmation. */
    public String entry() {
        return item.id + ":" + item.version;
    }

    public String quoted() {
        return PageFormats.orDash(item.quoted());
    }

    /** The fee the step agrees: the agreed fee, else (as approving does) the quote. */
    public String agreed() {
        Money agreed = item.agreed() != null ? item.agreed() : item.quoted();
        return PageFormats.orDash(agreed);
    }

    /** What the budget will commit once approved: the fee after MFN. */
    public String committed() {
        return verdict == null ? "—" : PageFormats.orDash(verdict.effectiveFee());
    }

    /** Why the licence will not move, or why the figures differ; null when there is nothing to say. */
    public String warning() {
        if (target == LicenceStatus.APPROVED) {
            if (item.agreed() == null && item.quoted() == null) {
                return "No fee quoted or agreed: it will not be approved. Record the quote first.";
            }
            if (verdict != null
                    && verdict.mfnUplift() != null
                    && !verdict.mfnUplift().isZero()) {
                return "The budget will commit " + committed() + ", not " + agreed() + ": MFN raises "
                        + agreed() + " by " + verdict.mfnUplift().formatted()
                        + " to match the best fee on this cue. Approving keeps the agreed fee at " + agreed()
                        + " and commits " + committed() + ".";
            }
        }
        if (target == LicenceStatus.LICENSED) {
            if (item.agreed() == null) {
                return "No agreed fee: it will not be marked licensed.";
            }
            if (item.granted() == null || !item.granted().isComplete()) {
                return "Its terms do not record media, territories and term: it will not be marked licensed.";
            }
        }
        return null;
    }
}
