package org.rightstracker.web.page.cue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.clearance.engine.CueVerdict;
import org.rightstracker.core.clearance.engine.ItemVerdict;
import org.rightstracker.core.clearance.engine.RangeCover;

/**
 * The episode, season and series licences stored on another cue or episode that cover this cue, and
 * which of the cue's own licences they stand in for. The engine already clears the cue by them; the page
 * must then show the cue's own "not requested" row as covered, with nothing to request.
 */
public record RangeCovers(List<Covered> elsewhere, Map<Long, Covered> byOwnItem) {

    /**
     * One covering licence as the page says it.
     *
     * @param linked whether the reader may open the episode it is stored on (another team's is named only)
     */
    public record Covered(
            long itemId,
            String party,
            String side,
            String status,
            String range,
            String usesCounted,
            long cueId,
            String cueNumber,
            String episode,
            boolean linked) {

        /** "The series sync licence from Harbour Music (licensed) covers this cue: use 2 of at most 5." */
        public String sentence() {
            return "The " + range + " " + side + " from " + party + " (" + status + ") covers this cue: " + usesCounted
                    + ".";
        }
    }

    static RangeCovers none() {
        return new RangeCovers(List.of(), Map.of());
    }

    /**
     * @param own the cue's own licences
     * @param canSee whether the reader sees a production, for the link to the cue a licence is stored on
     */
    static RangeCovers of(CueVerdict verdict, List<ClearanceItem> own, LongPredicate canSee) {
        Set<Long> ownIds = own.stream().map(i -> i.id).collect(Collectors.toSet());
        Map<Long, RangeCover> covers = verdict.coveredBy().stream()
                .filter(c -> !ownIds.contains(c.itemId()))
                .collect(Collectors.toMap(RangeCover::itemId, c -> c, (a, b) -> a));
        if (covers.isEmpty()) {
            return none();
        }
        List<ClearanceItem> ranged = ClearanceItem.list(
                "select i from ClearanceItem i join fetch i.party join fetch i.cue c join fetch c.production"
                        + " where i.id in ?1 order by i.id",
                covers.keySet());
        Set<Long> judged = verdict.items().stream().map(ItemVerdict::itemId).collect(Collectors.toSet());
        List<Covered> elsewhere = new ArrayList<>();
        Map<Long, Covered> byOwnItem = new HashMap<>();
        for (ClearanceItem licence : ranged) {
            RangeCover cover = covers.get(licence.id);
            Covered covered = new Covered(
                    licence.id,
                    licence.party.name,
                    licence.side == ClearanceSide.COMPOSER_AGREEMENT
                            ? "composer agreement"
                            : licence.side.label().toLowerCase(Locale.ROOT) + " licence",
                    licence.status.label().toLowerCase(Locale.ROOT),
                    cover.range().noun(),
                    cover.usesCounted(),
                    licence.cue.id,
                    licence.cue.number,
                    licence.cue.production.displayTitle(),
                    canSee.test(licence.cue.production.id));
            elsewhere.add(covered);
            // The cue's own row of the same holder and side, which the engine set aside for this licence.
            own.stream()
                    .filter(i -> !i.obsolete && !judged.contains(i.id))
                    .filter(i -> i.party.id.equals(licence.party.id) && i.side == licence.side)
                    .forEach(i -> byOwnItem.put(i.id, covered));
        }
        return new RangeCovers(List.copyOf(elsewhere), Map.copyOf(byOwnItem));
    }

    /** The licence standing in for one of the cue's own, or null when it stands on its own. */
    public Covered forItem(long ownItemId) {
        return byOwnItem.get(ownItemId);
    }
}
