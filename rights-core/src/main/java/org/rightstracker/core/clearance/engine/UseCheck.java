package org.rightstracker.core.clearance.engine;

import org.rightstracker.core.licence.GrantedUse;
import org.rightstracker.core.licence.LicenceStatus;

/**
 * Whether a licence's granted use (usage types, longest duration per use) covers how the cut uses the
 * cue. A licence that does not cover the use does not clear the cue, whatever its media, territory and
 * term, until it is amended; an empty grant restricts nothing.
 */
final class UseCheck {

    private UseCheck() {}

    static boolean covers(ItemFacts item, CueFacts cue) {
        return item.use().allows(cue.usage(), cue.durationSeconds());
    }

    /**
     * Reports an item still in play whose granted use the cue exceeds. Executed, it is a risk (the cue
     * looks licensed and is not); in a quote it is something still to negotiate.
     */
    static void report(ItemFacts item, CueFacts cue, Findings findings) {
        if (!item.isInPlay() || covers(item, cue)) {
            return;
        }
        GrantedUse use = item.use();
        boolean licensed = item.status() == LicenceStatus.LICENSED;
        String subject = item.status().isCommitted() ? Wording.licence(item) : Wording.quote(item);
        String granted = (licensed ? " is licensed for " : " is for ") + use.describe();
        String cut;
        if (cue.durationSeconds() == null && use.allowsUsage(cue.usage())) {
            cut = "the cue has no duration yet, so it cannot be checked against the "
                    + GrantedUse.minutes(use.maxSeconds()) + " allowed";
        } else {
            cut = "the cut uses it as " + GrantedUse.usageWords(cue.usage())
                    + (cue.durationSeconds() == null ? "" : " for " + GrantedUse.minutes(cue.durationSeconds()));
        }
        String action = licensed
                ? "Amend the " + Wording.kind(item.side()) + " licence from " + Wording.party(item)
                        + " to cover the use in the cut"
                : "Ask " + Wording.party(item) + " to quote for the use in the cut";
        findings.add(
                Problem.onItem(
                        item,
                        ProblemCode.USE_NOT_GRANTED,
                        licensed ? Severity.RISK : Severity.ACTION,
                        subject + granted + "; " + cut + "."),
                action);
    }
}
