package org.rightstracker.core.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount in one ISO 4217 currency: a fee, a budget, a remaining balance. The amount always has the
 * currency's own number of decimals (USD 7500.00, JPY 750000), so two equal amounts are equal objects
 * and totals never drift.
 *
 * <p>The factories refuse negative amounts because nobody quotes or budgets a negative fee; only
 * {@link #minus} and {@link #ofSigned} produce negatives, for balances such as an overspent budget. An
 * amount read as typed is also refused beyond {@link NumberLimit#MONEY}, the most a money column holds.
 */
public final class Money implements Comparable<Money> {

    // Grouping must be well-formed: "7,50" is a European 7.50, and reading it as 750 would be a costly
    // misunderstanding, so anything that is not clean thousands grouping is refused.
    private static final Pattern AMOUNT = Pattern.compile("([0-9]+|[0-9]{1,3}(,[0-9]{3})+)(\\.[0-9]+)?");

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * Reads an amount as typed ("7500", "7,500.00", "7500.5") in the given currency. More decimals than
     * the currency has are refused rather than rounded, since the person typing meant something exact.
     */
    public static Money of(String amount, String currencyCode) {
        return of(amount, currencyOf(currencyCode));
    }

    /** Reads an amount as typed in a currency already chosen, e.g. the production's budget currency. */
    public static Money of(String amount, Currency currency) {
        Objects.requireNonNull(currency, "currency");
        if (amount == null || amount.isBlank()) {
            throw new InvalidValueException("Amount is empty; enter a number such as 7500 or 7,500.00.");
        }
        String shown = amount.strip();
        if (shown.startsWith("-")) {
            throw new InvalidValueException("Amount " + shown + " is negative; fees and budgets must be zero or more.");
        }
        if (!AMOUNT.matcher(shown).matches()) {
            throw new InvalidValueException("Amount '" + shown + "' is not a number; enter it as 7500 or 7,500.00.");
        }
        int scale = scaleOf(currency);
        BigDecimal exact = new BigDecimal(shown.replace(",", ""));
        if (exact.stripTrailingZeros().scale() > NumberLimit.MONEY.scale()) {
            throw new InvalidValueException(
                    "Amount " + shown + " has more decimals than we store (" + NumberLimit.MONEY.scale() + ").");
        }
        if (!NumberLimit.MONEY.admits(exact)) {
            throw new InvalidValueException("Amount " + shown + " is more than the largest amount we store, "
                    + String.format(Locale.ROOT, "%,.2f", NumberLimit.MONEY.max()) + ".");
        }
        try {
            return new Money(exact.setScale(scale, RoundingMode.UNNECESSARY), currency);
        } catch (ArithmeticException tooPrecise) {
            throw new InvalidValueException("Amount " + shown + " has more decimals than " + currency.getCurrencyCode()
                    + " allows (" + scale + ").");
        }
    }

    /**
     * An amount computed elsewhere, rounded half-up to the currency's decimals. Refuses negatives; use
     * {@link #ofSigned} for balances.
     */
    public static Money of(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new InvalidValueException(
                    "Amount " + amount.toPlainString() + " is negative; fees and budgets must be zero or more.");
        }
        return ofSigned(amount, currency);
    }

    /** Like {@link #of(BigDecimal, Currency)} but allows a negative amount, e.g. an overspent budget. */
    public static Money ofSigned(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        return new Money(amount.setScale(scaleOf(currency), RoundingMode.HALF_UP), currency);
    }

    public static Money zero(Currency currency) {
        return ofSigned(BigDecimal.ZERO, currency);
    }

    /** Looks up an ISO 4217 currency by its code, in either case. */
    public static Currency currencyOf(String currencyCode) {
        if (currencyCode == null || currencyCode.isBlank()) {
            throw new InvalidValueException("Currency is empty; use an ISO 4217 code such as USD or EUR.");
        }
        String shown = currencyCode.strip();
        Currency currency;
        try {
            currency = Currency.getInstance(shown.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidValueException(
                    "Unknown currency '" + shown + "'; use an ISO 4217 code such as USD or EUR.");
        }
        scaleOf(currency);
        return currency;
    }

    // Codes such as XAU (gold) or XXX (no currency) are valid ISO 4217 but have no minor unit, so no
    // fee can be written in them.
    private static int scaleOf(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new InvalidValueException("Currency " + currency.getCurrencyCode()
                    + " is not money you can pay a fee in; use an ISO 4217 code such as USD or EUR.");
        }
        return digits;
    }

    public BigDecimal amount() {
        return amount;
    }

    public Currency currency() {
        return currency;
    }

    public Money plus(Money other) {
        requireSameCurrency(other, "add");
        return new Money(amount.add(other.amount), currency);
    }

    /** May go below zero: the remaining budget after an overspend is a negative amount. */
    public Money minus(Money other) {
        requireSameCurrency(other, "subtract");
        return new Money(amount.subtract(other.amount), currency);
    }

    /** Multiplies by an exact factor, e.g. a share as a fraction, rounding half-up to the currency. */
    public Money times(BigDecimal factor) {
        Objects.requireNonNull(factor, "factor");
        return ofSigned(amount.multiply(factor), currency);
    }

    /** The larger of the two amounts, e.g. the best fee offered on a cue. */
    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean sameCurrency(Money other) {
        return currency.equals(other.currency);
    }

    private void requireSameCurrency(Money other, String operation) {
        if (!sameCurrency(other)) {
            throw new IllegalArgumentException("Cannot " + operation + " " + currency.getCurrencyCode() + " and "
                    + other.currency.getCurrencyCode() + " amounts; convert one currency first.");
        }
    }

    /** Orders amounts of the same currency; amounts in different currencies cannot be ordered. */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other, "compare");
        return amount.compareTo(other.amount);
    }

    /** The code and the amount with comma grouping, e.g. {@code USD 7,500.00} or {@code JPY 750,000}. */
    public String formatted() {
        return currency.getCurrencyCode() + " " + String.format(Locale.ROOT, "%,." + amount.scale() + "f", amount);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money that && amount.equals(that.amount) && currency.equals(that.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, currency);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
