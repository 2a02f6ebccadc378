package org.rightstracker.core.clearance.engine;

import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.rightstracker.core.shared.Money;

/**
 * The money side of a cue or a production, in the production currency. Fees in any other currency are
 * never converted or added in: they are listed per currency in {@code otherCurrencies}.
 *
 * @param quoted quoted fees of items still in play
 * @param committed effective fees of approved and licensed items, plus exercised options
 * @param projected effective fees of all items in play (agreed, else quoted), plus exercised options
 * @param remaining budget minus projected; null when there is no budget (and always for a single cue)
 * @param overBudget whether projected spend exceeds the budget
 * @param mfnExposure what MFN adds on top of the fees as agreed or quoted
 * @param unpricedItems items in play with neither an agreed nor a quoted fee
 */
public record BudgetSummary(
        Currency currency,
        Money quoted,
        Money committed,
        Money projected,
        Money remaining,
        boolean overBudget,
        Money mfnExposure,
        int unpricedItems,
        Map<Currency, Money> otherCurrencies) {

    public BudgetSummary {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(quoted, "quoted");
        Objects.requireNonNull(committed, "committed");
        Objects.requireNonNull(projected, "projected");
        Objects.requireNonNull(mfnExposure, "mfnExposure");
        // Sorted by currency code so the same figures always print in the same order.
        Map<Currency, Money> sorted = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        sorted.putAll(otherCurrencies);
        otherCurrencies = Collections.unmodifiableMap(sorted);
    }
}
