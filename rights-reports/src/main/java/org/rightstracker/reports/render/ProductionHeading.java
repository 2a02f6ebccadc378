package org.rightstracker.reports.render;

import org.rightstracker.core.production.Production;
import org.rightstracker.core.scope.RightsScope;

/**
 * What every production report prints at its head: which production, what it is, and the release
 * plan the clearance is measured against.
 *
 * @param releasePlan the plan in words, e.g. "All media · World · In perpetuity from 1 March 2026"
 */
public record ProductionHeading(
        long id,
        String title,
        String kind,
        String productionNumber,
        String studio,
        String currency,
        String releasePlan) {

    /** @param production with its studio loaded (or the studio left empty) */
    public static ProductionHeading of(Production production) {
        RightsScope plan = production.releasePlan();
        String planText = plan == null
                ? "No complete release plan yet (media, territories and term)"
                : plan.media().describe() + " · " + plan.territories().describe() + " · "
                        + plan.term().describe();
        return new ProductionHeading(
                production.id,
                production.displayTitle(),
                production.kind.label(),
                production.productionNumber,
                production.studio == null ? null : production.studio.name,
                production.currency,
                planText);
    }
}
