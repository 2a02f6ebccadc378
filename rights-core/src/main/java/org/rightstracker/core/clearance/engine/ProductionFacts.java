package org.rightstracker.core.clearance.engine;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.rightstracker.core.scope.RightsScope;
import org.rightstracker.core.shared.Money;

/**
 * A production as the engine needs it: the release plan every licence must cover, whether the studio
 * owns its score outright, the budget currency all fees are totalled in, and its cues.
 * {@code budget} and {@code releasePlan} are null until someone has entered them. {@code place} is the
 * episode's place in its series (null outside a series); {@code rangeLicences} are the licences stored on
 * any cue of the series (or of this production) that reach beyond their own cue.
 */
public record ProductionFacts(
        long id,
        String title,
        Currency currency,
        Money budget,
        RightsScope releasePlan,
        boolean studioOwnsScore,
        List<CueFacts> cues,
        EpisodePlace place,
        List<RangeLicence> rangeLicences) {

    public ProductionFacts {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(currency, "currency");
        cues = cues == null ? List.of() : List.copyOf(cues);
        rangeLicences = rangeLicences == null ? List.of() : List.copyOf(rangeLicences);
    }

    /** A production outside any series, whose licences each cover their own cue. */
    public ProductionFacts(
            long id,
            String title,
            Currency currency,
            Money budget,
            RightsScope releasePlan,
            boolean studioOwnsScore,
            List<CueFacts> cues) {
        this(id, title, currency, budget, releasePlan, studioOwnsScore, cues, null, List.of());
    }

    /** The same production with other cues and range licences: a part of it, or its state at another time. */
    public ProductionFacts with(List<CueFacts> otherCues, List<RangeLicence> otherRangeLicences) {
        return new ProductionFacts(
                id, title, currency, budget, releasePlan, studioOwnsScore, otherCues, place, otherRangeLicences);
    }
}
