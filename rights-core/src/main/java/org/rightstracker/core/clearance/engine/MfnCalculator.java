package org.rightstracker.core.clearance.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rightstracker.core.shared.Money;
import org.rightstracker.core.shared.Share;

/**
 * Most-favoured-nation fees for the items of one cue. Every licensor still in the deal is compared on a
 * 100% basis, fee × 100 / (sync share + master share), so a 50% publisher, a 100% label and a one-stop
 * holding both sides are weighed per side. A licensor with MFN that has not waived it is raised to the
 * best basis pro-rated back to its own shares; nobody is ever lowered.
 *
 * <p>Only items of the same cue compete: the caller passes one cue's items at a time.
 */
public final class MfnCalculator {

    private final Currency currency;

    /** @param currency the production currency; fees in any other currency take no part */
    public MfnCalculator(Currency currency) {
        this.currency = Objects.requireNonNull(currency, "currency");
    }

    /** One result per item, in the order given. */
    public Map<Long, MfnResult> apply(List<ItemFacts> items) {
        List<ItemFacts> competing = new ArrayList<>();
        for (ItemFacts item : items) {
            if (competes(item)) {
                competing.add(item);
            }
        }
        ItemFacts best = bestBasis(competing);

        Map<Long, MfnResult> results = new LinkedHashMap<>();
        for (ItemFacts item : items) {
            results.put(item.id(), resultFor(item, competing.contains(item) ? best : null));
        }
        return results;
    }

    private boolean competes(ItemFacts item) {
        Money fee = item.feeUsed();
        return item.isInPlay()
                && fee != null
                && fee.currency().equals(currency)
                && coveredUnits(item).signum() > 0;
    }

    // Bases are compared by cross-multiplying (feeA × unitsB against feeB × unitsA) so that no division,
    // and therefore no rounding, happens before the one final rounding of a raised fee.
    private static ItemFacts bestBasis(List<ItemFacts> competing) {
        ItemFacts best = null;
        for (ItemFacts item : competing) {
            if (best == null || basisCompare(item, best) > 0) {
                best = item;
            }
        }
        return best;
    }

    private static int basisCompare(ItemFacts left, ItemFacts right) {
        BigDecimal leftScaled = left.feeUsed().amount().multiply(coveredUnits(right));
        BigDecimal rightScaled = right.feeUsed().amount().multiply(coveredUnits(left));
        return leftScaled.compareTo(rightScaled);
    }

    private MfnResult resultFor(ItemFacts item, ItemFacts best) {
        Money fee = item.feeUsed();
        if (fee == null) {
            return new MfnResult(item.id(), null, null, null);
        }
        Money effective = fee;
        if (best != null && item.mfn() && !item.mfnWaived()) {
            Money raised = raisedTo(best, item);
            if (raised.compareTo(fee) > 0) {
                effective = raised;
            }
        }
        return new MfnResult(item.id(), fee, effective, effective.minus(fee));
    }

    // best fee × 100 / best units, pro-rated by units / 100: the hundreds cancel, leaving a single
    // division that is rounded half-up to the currency's decimals.
    private Money raisedTo(ItemFacts best, ItemFacts item) {
        BigDecimal exact = best.feeUsed().amount().multiply(coveredUnits(item));
        BigDecimal rounded = exact.divide(
                coveredUnits(best), Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_UP);
        return Money.of(rounded, currency);
    }

    /** Sync share plus master share in percent; a missing share counts as nothing. */
    static BigDecimal coveredUnits(ItemFacts item) {
        return percent(item.syncShare()).add(percent(item.masterShare()));
    }

    private static BigDecimal percent(Share share) {
        return share == null ? BigDecimal.ZERO : share.value();
    }
}
