package org.rightstracker.core.licence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.scope.RightsScope;

/**
 * What a step recorded besides its status, in words for the timeline: "Quoted fee USD 5,000.00 · MFN ·
 * Quote expires 30 Apr 2026". Written when the step is taken, so the timeline keeps the figures of that
 * day even after the terms change.
 */
final class LicenceStepDetail {

    /** The column's size; the text is ours (never the user's), so a long territory list may be shortened. */
    static final int LIMIT = 1000;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private LicenceStepDetail() {}

    static String of(
            ClearanceItem item, LicenceStatus target, boolean quotedNow, boolean agreedNow, LocalDate expiresNow) {
        List<String> parts = new ArrayList<>();
        if ((quotedNow || target == LicenceStatus.QUOTED) && item.quoted() != null) {
            parts.add("Quoted fee " + item.quoted().formatted());
        }
        if (target == LicenceStatus.QUOTED && item.mfn) {
            parts.add(item.mfnWaived ? "MFN waived" : "MFN");
        }
        if (expiresNow != null) {
            parts.add("Quote expires " + DAY.format(expiresNow));
        }
        if ((agreedNow || target.isCommitted()) && item.agreed() != null) {
            parts.add("Agreed fee " + item.agreed().formatted());
        }
        if (target == LicenceStatus.LICENSED) {
            RightsScope granted = item.granted();
            if (granted != null) {
                parts.add("Granted: " + granted.media().describe() + "; "
                        + granted.territories().describe() + "; "
                        + (granted.term() == null ? "no term" : granted.term().describe()));
            }
        }
        return parts.isEmpty() ? null : bounded(String.join(" · ", parts), null);
    }

    /** Adds a part to a detail, keeping the whole within the column. */
    static String bounded(String detail, String more) {
        String joined = detail == null ? more : more == null ? detail : detail + " · " + more;
        return joined == null || joined.length() <= LIMIT ? joined : joined.substring(0, LIMIT - 1) + "…";
    }
}
