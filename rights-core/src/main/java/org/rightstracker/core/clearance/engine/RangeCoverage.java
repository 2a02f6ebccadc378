package org.rightstracker.core.clearance.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.clearance.engine.RangeLicence.RangeUse;
import org.rightstracker.core.cue.CueNumberOrder;
import org.rightstracker.core.licence.LicenceRange;
import org.rightstracker.core.licence.LicenceStatus;

/**
 * Licences that cover more than their own cue: every use of the same work or recording in an episode, a
 * season or the whole series, optionally capped at N uses. Uses are counted in a stable order (season,
 * episode order, cue number), so the cue beyond the cap is always the same one. A covered cue sees the
 * range licence as one of its own, priced at one use (for MFN); a cue outside the range or beyond the cap
 * keeps its own licence and is told why the range licence does not help.
 */
final class RangeCoverage {

    private static final Comparator<RangeUse> USE_ORDER = Comparator.comparing(RangeUse::place, EpisodePlace.ORDER)
            .thenComparing(RangeUse::cueNumber, CueNumberOrder.INSTANCE)
            .thenComparingLong(RangeUse::cueId);

    private final EpisodePlace place;
    private final List<Counted> licences = new ArrayList<>();

    RangeCoverage(ProductionFacts production) {
        this.place = production.place() == null ? EpisodePlace.alone(production.id()) : production.place();
        for (RangeLicence licence : production.rangeLicences()) {
            if (licence.item().isInPlay()) {
                licences.add(new Counted(licence, inRangeUses(licence)));
            }
        }
    }

    /**
     * The cue with the range licences that cover it among its items (each also added to {@code covers},
     * with the use it counts as); why others do not, in findings.
     */
    CueFacts apply(CueFacts cue, Findings findings, List<RangeCover> covers) {
        if (licences.isEmpty() || !cue.active()) {
            return cue;
        }
        List<ItemFacts> items = new ArrayList<>(cue.items());
        for (Counted counted : licences) {
            RangeLicence licence = counted.licence();
            ItemFacts item = licence.item();
            if (!usesMusic(licence, cue.workId(), cue.recordingId()) || ownLicenceInForce(items, item)) {
                continue;
            }
            if (!inRange(licence, place)) {
                findings.add(
                        Problem.onItem(
                                item,
                                ProblemCode.OUTSIDE_LICENCE_RANGE,
                                Severity.ACTION,
                                name(item) + " covers every use in " + rangeWords(licence)
                                        + "; this cue is outside that range" + whereThisCueIs(licence) + "."),
                        "License this cue from " + Wording.party(item) + ", or widen the "
                                + item.range().noun() + " licence");
                continue;
            }
            int position = counted.positionOf(cue.id());
            if (item.rangeCap() != null && position >= item.rangeCap()) {
                findings.add(
                        Problem.onItem(
                                item,
                                ProblemCode.LICENCE_CAP_REACHED,
                                Severity.ACTION,
                                name(item) + " covers the first " + uses(item.rangeCap()) + " in " + rangeWords(licence)
                                        + "; this cue is use " + (position + 1) + "."),
                        "Raise the cap of the " + item.range().noun() + " licence from " + Wording.party(item)
                                + ", or license this cue on its own");
            } else {
                items.removeIf(own -> sameChain(own, item));
                items.add(item.asOneUseOf(counted.divisor()));
                covers.add(new RangeCover(
                        item.id(),
                        item.range(),
                        position + 1,
                        item.rangeCap(),
                        counted.ordered().size()));
            }
        }
        return cue.withItems(items);
    }

    /** Range licences stored in this production: their whole fee belongs to its budget, once. */
    List<ItemFacts> storedHere() {
        return licences.stream()
                .map(Counted::licence)
                .filter(licence -> licence.home().productionId() == place.productionId())
                .map(RangeLicence::item)
                .toList();
    }

    private List<RangeUse> inRangeUses(RangeLicence licence) {
        return licence.uses().stream()
                .filter(use -> usesMusic(licence, use.workId(), use.recordingId()))
                .filter(use -> inRange(licence, use.place()))
                .sorted(USE_ORDER)
                .toList();
    }

    private boolean inRange(RangeLicence licence, EpisodePlace where) {
        EpisodePlace home = licence.home();
        LicenceRange range = licence.item().range();
        if (range == LicenceRange.SERIES && home.seriesId() != null) {
            return home.seriesId().equals(where.seriesId());
        }
        if (range == LicenceRange.SEASON && home.seasonId() != null) {
            return home.seasonId().equals(where.seasonId());
        }
        // An episode licence, and a season or series licence of a production outside any series.
        return home.productionId() == where.productionId();
    }

    /** Sync rights follow the work, master rights the recording; a one-stop deal needs both to match. */
    private static boolean usesMusic(RangeLicence licence, Long workId, Long recordingId) {
        ClearanceSide side = licence.item().side();
        boolean work = licence.workId() != null && licence.workId().equals(workId);
        boolean recording =
                licence.recordingId() != null && licence.recordingId().equals(recordingId);
        return switch (side) {
            case SYNC -> work;
            case MASTER -> recording;
            case ONE_STOP, COMPOSER_AGREEMENT ->
                (work || licence.workId() == null)
                        && (recording || licence.recordingId() == null)
                        && (work || recording);
        };
    }

    // A cue's own executed licence from the same holder is its own deal and stays in force.
    private static boolean ownLicenceInForce(List<ItemFacts> items, ItemFacts range) {
        return items.stream()
                .anyMatch(own ->
                        own.id() != range.id() && sameChain(own, range) && own.status() == LicenceStatus.LICENSED);
    }

    private static boolean sameChain(ItemFacts own, ItemFacts range) {
        return !own.obsolete() && own.partyId() == range.partyId() && own.side() == range.side();
    }

    private static String name(ItemFacts item) {
        if (item.side() == ClearanceSide.COMPOSER_AGREEMENT) {
            return "The " + item.range().noun() + " composer agreement with " + item.partyName();
        }
        return "The " + item.range().noun() + " " + Wording.kind(item.side()) + " licence from " + Wording.party(item);
    }

    private String rangeWords(RangeLicence licence) {
        EpisodePlace home = licence.home();
        return switch (licence.item().range()) {
            case SERIES -> home.seriesId() == null ? "its production" : "the series";
            case SEASON -> home.seasonId() == null ? "its production" : "season " + home.seasonNumber();
            case EPISODE, CUE -> "its episode";
        };
    }

    private String whereThisCueIs(RangeLicence licence) {
        if (licence.item().range() == LicenceRange.SEASON && place.seasonId() != null) {
            return " (season " + place.seasonNumber() + ")";
        }
        return "";
    }

    private static String uses(int count) {
        return count == 1 ? "use" : count + " uses";
    }

    /** A licence with its in-range uses in counting order. */
    private record Counted(RangeLicence licence, List<RangeUse> ordered) {

        Counted {
            Objects.requireNonNull(licence);
        }

        int positionOf(long cueId) {
            for (int i = 0; i < ordered.size(); i++) {
                if (ordered.get(i).cueId() == cueId) {
                    return i;
                }
            }
            // Not among the uses read with the licence (added since): it counts after all of them.
            return ordered.size();
        }

        /** How many uses share the fee: the cap when there is one, else every use in range. */
        int divisor() {
            Integer cap = licence.item().rangeCap();
            return cap != null ? cap : Math.max(1, ordered.size());
        }
    }
}
