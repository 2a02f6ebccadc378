package org.rightstracker.core.album.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rightstracker.core.shared.Money;

/**
 * Album clearance, the album's counterpart of the sync {@code ClearanceEngine}: plain facts in, a verdict
 * out, no database. Per track it derives the rights needed ({@link AlbumRequirements}), matches each with
 * the right recorded for it, explains what is missing, and prices the mechanicals per unit sold.
 */
public final class AlbumEngine {

    private AlbumEngine() {}

    public static AlbumVerdict evaluate(AlbumFacts album) {
        List<TrackVerdict> tracks = new ArrayList<>();
        List<AlbumProblem> problems = new ArrayList<>();
        if (album.tracks().isEmpty()) {
            problems.add(AlbumProblem.missing(AlbumProblemCode.NO_TRACKS, "The album has no tracks yet."));
        }
        if (album.rate() == null) {
            problems.add(AlbumProblem.costUnknown(
                    AlbumProblemCode.RATE_INCOMPLETE, "The album has no mechanical rate chosen."));
        }
        List<BigDecimal> costs = new ArrayList<>();
        boolean costComplete = true;
        Currency mechanicalCurrency = null;
        Map<String, BigDecimal> flatFees = new TreeMap<>();
        for (TrackFacts track : album.tracks()) {
            TrackVerdict verdict = evaluate(album, track);
            tracks.add(verdict);
            if (verdict.mechanicalCurrency() != null) {
                mechanicalCurrency = verdict.mechanicalCurrency();
            }
            if (verdict.mechanicalPerUnit() == null) {
                costComplete = false;
            } else {
                costs.add(verdict.mechanicalPerUnit());
            }
            for (RightFacts right : track.rights()) {
                if (right.kind() == AlbumRightKind.MASTER
                        && right.feeModel() == MasterFeeModel.FLAT_FEE
                        && right.fee() != null
                        && right.feeCurrency() != null
                        && right.status() != AlbumRightStatus.DENIED) {
                    flatFees.merge(right.feeCurrency().getCurrencyCode(), right.fee(), BigDecimal::add);
                }
            }
        }
        List<Money> masterFees = flatFees.entrySet().stream()
                .map(e -> Money.of(e.getValue(), Currency.getInstance(e.getKey())))
                .toList();
        return new AlbumVerdict(
                tracks, problems, MechanicalCost.sum(costs), mechanicalCurrency, costComplete, masterFees);
    }

    private static TrackVerdict evaluate(AlbumFacts album, TrackFacts track) {
        AlbumRequirements.Needs needs = AlbumRequirements.of(track, album.label());
        List<AlbumProblem> problems = new ArrayList<>(needs.problems());
        boolean needsMechanicals = needs.rights().stream().anyMatch(r -> r.kind() == AlbumRightKind.MECHANICAL);
        BigDecimal perUnit;
        Currency currency = album.rate() == null ? null : album.rate().currency();
        if (!needsMechanicals || album.rate() == null) {
            // Nothing to pay per unit: a studio-owned score, a public-domain work, or (with no rate chosen)
            // no way to know, which the album's own problems say.
            perUnit = needsMechanicals ? null : BigDecimal.ZERO.setScale(MechanicalCost.SCALE);
        } else {
            MechanicalCost.Result cost = MechanicalCost.perUnit(
                    album.rate(),
                    track.durationSeconds(),
                    album.dealerPrice(),
                    album.dealerPriceCurrency(),
                    album.tracks().size());
            perUnit = cost.perUnit();
            currency = cost.currency();
            if (cost.problem() != null) {
                problems.add(cost.problem());
            }
        }
        List<TrackLine> lines = new ArrayList<>();
        for (RequiredRight required : needs.rights()) {
            RightFacts recorded = track.rights().stream()
                    .filter(r -> r.answers(required))
                    .findFirst()
                    .orElse(null);
            boolean cleared = recorded != null && recorded.status().clears(required.kind());
            BigDecimal shareCost = required.kind() == AlbumRightKind.MECHANICAL
                    ? MechanicalCost.ofShare(perUnit, required.share())
                    : null;
            TrackLine line =
                    new TrackLine(required, recorded, cleared, cleared ? null : reason(required, recorded), shareCost);
            lines.add(line);
            if (!cleared) {
                problems.add(AlbumProblem.missing(code(recorded), line.reason()));
            }
        }
        boolean cleared = !lines.isEmpty()
                && lines.stream().allMatch(TrackLine::cleared)
                && problems.stream().noneMatch(AlbumProblem::blocking);
        return new TrackVerdict(
                track.id(), track.position(), track.title(), lines, problems, perUnit, currency, cleared);
    }

    private static AlbumProblemCode code(RightFacts recorded) {
        if (recorded == null) {
            return AlbumProblemCode.RIGHT_MISSING;
        }
        return recorded.status() == AlbumRightStatus.DENIED
                ? AlbumProblemCode.RIGHT_DENIED
                : AlbumProblemCode.RIGHT_PENDING;
    }

    private static String reason(RequiredRight required, RightFacts recorded) {
        String what = required.kind().label().toLowerCase(java.util.Locale.ROOT);
        String share = required.share() == null
                ? ""
                : " (" + required.share().stripTrailingZeros().toPlainString() + "%)";
        if (recorded == null) {
            return "No " + what + " recorded from " + required.holderName() + share + ".";
        }
        if (recorded.status() == AlbumRightStatus.DENIED) {
            return required.holderName() + " refused the " + what + share + ".";
        }
        String goal = required.kind().isApproval() ? "approved" : "licensed";
        return "The " + what + " from " + required.holderName() + share + " is "
                + recorded.status().label().toLowerCase(java.util.Locale.ROOT) + ", not yet " + goal + ".";
    }
}
