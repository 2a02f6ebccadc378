package org.rightstracker.core.clearance;

import java.util.Collection;
import java.util.List;

/**
 * Which cues a clearance read covers: every cue of some productions (a production page, the dashboard),
 * a single cue (a cue page) or some cues (those changed since a verdict was kept). {@link ClearanceFactsLoader} puts the condition into each of its
 * queries, so the number of statements stays the same whatever the scope holds.
 *
 * @param productionCondition a JPQL condition on the production alias {@code p}
 * @param cueCondition a JPQL condition on a cue path, with {@code %s} standing for that path
 * @param value what the {@code :scope} parameter is bound to
 * @param wholeProductions every cue of the productions is read (not only some cues)
 * @param rangesRead licences reaching beyond their cue are looked for (false: the caller does that itself)
 */
record ClearanceScope(
        String productionCondition, String cueCondition, Object value, boolean wholeProductions, boolean rangesRead) {

    static ClearanceScope productions(Collection<Long> productionIds) {
        // A production without cues still needs its facts, so productions are not found through cues.
        return new ClearanceScope(
                "p.id in :scope", "%s.production.id in :scope", List.copyOf(productionIds), true, true);
    }

    static ClearanceScope cue(long cueId) {
        return new ClearanceScope(
                "p.id in (select c.production.id from Cue c where c.id = :scope)",
                "%s.id = :scope",
                cueId,
                false,
                true);
    }

    /**
     * Some cues, of one production or several: the cues a kept verdict finds changed. Licences reaching
     * beyond their cue are not looked for: {@link KeptVerdicts} keeps only productions without any, and
     * finds one among these cues' items itself (then it reads the production whole).
     */
    static ClearanceScope changedCues(Collection<Long> cueIds) {
        return new ClearanceScope(
                "p.id in (select c.production.id from Cue c where c.id in :scope)",
                "%s.id in :scope",
                List.copyOf(cueIds),
                false,
                false);
    }

    /** The condition applied to the cue reached by {@code path}, e.g. {@code i.cue}. */
    String on(String path) {
        return cueCondition.formatted(path);
    }
}
