package org.rightstracker.core.clearance.engine;

import java.util.ArrayList;
import java.util.List;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.scope.RightsScope;

/**
 * Whether each licence covers the release plan in media, territory and term, and in words where it
 * falls short. Without a complete plan nothing can be shown to be covered.
 */
final class PlanCoverage {

    private final RightsScope plan;

    PlanCoverage(RightsScope releasePlan) {
        this.plan = releasePlan != null && releasePlan.isComplete() ? releasePlan : null;
    }

    boolean hasPlan() {
        return plan != null;
    }

    // A composer agreement is normally a buyout of everything, so one without a recorded scope is
    // taken to cover the plan; any other licence covers only what it says it covers.
    boolean covers(ItemFacts item) {
        if (plan == null) {
            return false;
        }
        if (item.granted() == null) {
            return item.side() == ClearanceSide.COMPOSER_AGREEMENT;
        }
        return item.granted().covers(plan);
    }

    /**
     * Reports the gaps of an item still in play. A gap in an executed licence is a risk (the cue looks
     * done but is not); in a quote or deal memo it is something still to negotiate.
     */
    void report(ItemFacts item, Findings findings) {
        if (plan == null || !item.isInPlay() || covers(item)) {
            return;
        }
        boolean licensed = item.status() == LicenceStatus.LICENSED;
        Severity severity = licensed ? Severity.RISK : Severity.ACTION;
        String subject = item.status().isCommitted() ? Wording.licence(item) : Wording.quote(item);
        String action = licensed
                ? "Extend the " + Wording.kind(item.side()) + " licence from " + Wording.party(item)
                        + " to the full release plan"
                : "Ask " + Wording.party(item) + " to widen the " + Wording.kind(item.side())
                        + " terms to the full release plan";

        RightsScope granted = item.granted();
        if (granted == null || !granted.isComplete()) {
            // Scope is usually settled only at the deal memo; a quote without one is not yet a gap.
            if (item.status().isCommitted()) {
                findings.add(
                        Problem.onItem(
                                item,
                                ProblemCode.SCOPE_NOT_RECORDED,
                                severity,
                                subject + " has no " + unrecordedParts(granted)
                                        + " recorded, so it cannot be checked against the release plan."),
                        "Record the media, territories and term granted by " + Wording.party(item));
            }
            return;
        }
        if (!granted.media().covers(plan.media())) {
            findings.add(
                    Problem.onItem(
                            item,
                            ProblemCode.MEDIA_NOT_COVERED,
                            severity,
                            subject + " covers " + granted.media().describe() + " only; the release plan needs "
                                    + plan.media().describe() + "."),
                    action);
        }
        if (!granted.territories().covers(plan.territories())) {
            findings.add(
                    Problem.onItem(
                            item,
                            ProblemCode.TERRITORY_NOT_COVERED,
                            severity,
                            subject + " covers " + granted.territories().describe()
                                    + "; the release plan also needs "
                                    + granted.territories().describeMissing(plan.territories()) + "."),
                    action);
        }
        if (!granted.term().covers(plan.term())) {
            findings.add(
                    Problem.onItem(
                            item,
                            ProblemCode.TERM_NOT_COVERED,
                            severity,
                            subject + " runs "
                                    + Wording.inSentence(granted.term().describe())
                                    + "; the release plan needs "
                                    + Wording.inSentence(plan.term().describe()) + "."),
                    action);
        }
    }

    private static String unrecordedParts(RightsScope granted) {
        if (granted == null) {
            return "media, territories or term";
        }
        List<String> parts = new ArrayList<>();
        if (granted.media() == null || granted.media().isEmpty()) {
            parts.add("media");
        }
        if (granted.territories() == null || granted.territories().isEmpty()) {
            parts.add("territories");
        }
        if (granted.term() == null) {
            parts.add("term");
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
    }
}
