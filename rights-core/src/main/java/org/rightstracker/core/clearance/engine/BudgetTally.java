package org.rightstracker.core.clearance.engine;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rightstracker.core.shared.Money;

/**
 * Running totals behind a {@link BudgetSummary}. Amounts in the production currency are added up;
 * anything else is kept apart per currency, because adding a EUR fee to a USD budget without a rate
 * would give a figure nobody can stand behind.
 */
final class BudgetTally {

    private final Currency currency;
    private Money quoted;
    private Money committed;
    private Money projected;
    private Money mfnExposure;
    private int unpricedItems;
    private final Map<Currency, Money> otherCurrencies = new LinkedHashMap<>();

    BudgetTally(Currency currency) {
        this.currency = currency;
        this.quoted = Money.zero(currency);
        this.committed = Money.zero(currency);
        this.projected = Money.zero(currency);
        this.mfnExposure = Money.zero(currency);
    }

    /**
     * Counts one item; items out of play (obsolete, denied, withdrawn) cost nothing. One use of a range
     * licence adds only its MFN uplift (a raise is owed per use); the licence's fee itself is counted
     * once, with {@link #addRangeLicence}.
     */
    void addItem(ItemFacts item, MfnResult mfn) {
        if (!item.isInPlay()) {
            return;
        }
        if (item.perUse()) {
            if (mfn.uplift() != null && inCurrency(mfn.uplift())) {
                projected = projected.plus(mfn.uplift());
                mfnExposure = mfnExposure.plus(mfn.uplift());
                if (item.status().isCommitted()) {
                    committed = committed.plus(mfn.uplift());
                }
            }
            return;
        }
        if (item.quotedFee() != null && inCurrency(item.quotedFee())) {
            quoted = quoted.plus(item.quotedFee());
        }
        if (mfn.feeUsed() == null) {
            unpricedItems++;
        } else if (inCurrency(mfn.feeUsed())) {
            projected = projected.plus(mfn.effectiveFee());
            mfnExposure = mfnExposure.plus(mfn.uplift());
            if (item.status().isCommitted()) {
                committed = committed.plus(mfn.effectiveFee());
            }
        } else {
            addOther(mfn.feeUsed());
        }
        for (OptionFacts option : item.options()) {
            if (option.exercised() && option.fee() != null) {
                addExercisedOption(option.fee());
            }
        }
    }

    /** A range licence's whole fee and exercised options, once for all the cues it covers. */
    void addRangeLicence(ItemFacts licence) {
        Money fee = licence.feeUsed();
        addItem(licence, new MfnResult(licence.id(), fee, fee, fee == null ? null : Money.zero(fee.currency())));
    }

    /** Folds in a cue's summary when totalling a production. */
    void addSummary(BudgetSummary summary) {
        quoted = quoted.plus(summary.quoted());
        committed = committed.plus(summary.committed());
        projected = projected.plus(summary.projected());
        mfnExposure = mfnExposure.plus(summary.mfnExposure());
        unpricedItems += summary.unpricedItems();
        summary.otherCurrencies().values().forEach(this::addOther);
    }

    Money projected() {
        return projected;
    }

    /**
     * @param budget the production budget, or null; a budget in another currency cannot be compared
     *     and leaves {@code remaining} empty
     */
    BudgetSummary summary(Money budget) {
        Money remaining = budget != null && inCurrency(budget) ? budget.minus(projected) : null;
        boolean overBudget = remaining != null && remaining.isNegative();
        return new BudgetSummary(
                currency,
                quoted,
                committed,
                projected,
                remaining,
                overBudget,
                mfnExposure,
                unpricedItems,
                otherCurrencies);
    }

    // An exercised option is money owed whatever the deal stage, so it counts as committed and projected.
    private void addExercisedOption(Money fee) {
        if (inCurrency(fee)) {
            committed = committed.plus(fee);
            projected = projected.plus(fee);
        } else {
            addOther(fee);
        }
    }

    private void addOther(Money amount) {
        otherCurrencies.merge(amount.currency(), amount, Money::plus);
    }

    private boolean inCurrency(Money amount) {
        return amount.currency().equals(currency);
    }
}
