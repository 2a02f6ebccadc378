package org.rightstracker.core.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A percentage of one side of a work or recording, from 0.00 to 100.00. Societies and publishers
 * register shares to two decimals (33.33 / 33.33 / 33.34), so that is the precision kept, and a value
 * needing more is refused rather than rounded: a silently rounded share would make a split that does not
 * add up look as if it does.
 */
public final class Share implements Comparable<Share> {

    private static final int SCALE = NumberLimit.SHARE.scale();
    private static final BigDecimal HUNDRED = NumberLimit.SHARE.max().setScale(SCALE);
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?|\\.[0-9]+");

    public static final Share ZERO = new Share(BigDecimal.ZERO.setScale(SCALE));
    public static final Share FULL = new Share(HUNDRED);

    private final BigDecimal value;

    private Share(BigDecimal value) {
        this.value = value;
    }

    /** Reads a share as typed: "50", "50.00", "50%" or " 33.33 ". */
    public static Share of(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("Share is empty; enter a percentage from 0 to 100, e.g. 50 or 33.33.");
        }
        String shown = text.strip();
        String number =
                shown.endsWith("%") ? shown.substring(0, shown.length() - 1).strip() : shown;
        if (!PLAIN_NUMBER.matcher(number).matches()) {
            throw new InvalidValueException(
                    "Share '" + shown + "' is not a percentage; enter a number from 0 to 100, e.g. 50 or 33.33.");
        }
        return of(new BigDecimal(number), shown);
    }

    /**
     * A share from an exact number. Trailing zeros beyond two decimals are fine (50.000 is 50.00);
     * anything that would need rounding is refused.
     */
    public static Share of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return of(value, value.toPlainString());
    }

    /** A share in basis points, as CWR files carry them: 5000 is 50.00%. */
    public static Share ofBasisPoints(int basisPoints) {
        if (basisPoints < 0 || basisPoints > 10_000) {
            throw new InvalidValueException(
                    "Share of " + basisPoints + " basis points is outside 0 to 10000 (0% to 100%).");
        }
        return new Share(BigDecimal.valueOf(basisPoints, SCALE));
    }

    private static Share of(BigDecimal value, String shown) {
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new InvalidValueException("Share " + shown + " is outside 0% to 100%.");
        }
        BigDecimal scaled;
        try {
            scaled = value.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException tooPrecise) {
            throw new InvalidValueException(
                    "Share " + shown + " has more than two decimals; shares are registered to 0.01%.");
        }
        return new Share(scaled);
    }

    /** Adds all shares without a ceiling, so a report can show an over-claimed side as, say, 125.00. */
    public static BigDecimal sum(Iterable<Share> shares) {
        BigDecimal total = ZERO.value;
        for (Share share : shares) {
            total = total.add(share.value);
        }
        return total;
    }

    /** The percentage with scale 2, e.g. 50.00. */
    public BigDecimal value() {
        return value;
    }

    /**
     * The share as a fraction of one with scale 4 (50.00% is 0.5000), for pro-rating a fee; exact
     * because a two-decimal percentage divided by 100 needs four decimals.
     */
    public BigDecimal asFraction() {
        return value.movePointLeft(2);
    }

    public Share plus(Share other) {
        BigDecimal total = value.add(other.value);
        if (total.compareTo(HUNDRED) > 0) {
            throw new InvalidValueException(
                    "Shares " + this + " and " + other + " add up to " + total + "%, more than 100%.");
        }
        return new Share(total);
    }

    public Share minus(Share other) {
        BigDecimal difference = value.subtract(other.value);
        if (difference.signum() < 0) {
            throw new InvalidValueException("Cannot take " + other + " from " + this + "; a share cannot go below 0%.");
        }
        return new Share(difference);
    }

    public boolean isFull() {
        return value.compareTo(HUNDRED) == 0;
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    @Override
    public int compareTo(Share other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Share that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value.toPlainString() + "%";
    }
}
