package org.rightstracker.core.scope;

/**
 * What a licence grants, or what a release plan needs: media, territories and term. Any part may be
 * missing while a quote or plan is still being filled in.
 */
public record RightsScope(MediaSet media, TerritoryScope territories, Term term) {

    /** Whether every part is stated: some media, some territory, and a term. */
    public boolean isComplete() {
        return media != null && !media.isEmpty() && territories != null && !territories.isEmpty() && term != null;
    }

    /**
     * Whether this grant covers everything {@code required} needs in media, territory and term. An
     * incomplete grant covers nothing, and an incomplete plan is never reported as covered: a missing
     * part means nobody has yet said what the licence must include, and the safe answer is "not yet".
     */
    public boolean covers(RightsScope required) {
        return isComplete()
                && required.isComplete()
                && media.covers(required.media)
                && territories.covers(required.territories)
                && term.covers(required.term);
    }
}
