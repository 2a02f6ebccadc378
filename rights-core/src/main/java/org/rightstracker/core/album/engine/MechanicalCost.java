package org.rightstracker.core.album.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;

/** The mechanical cost per unit sold of one whole composition on an album, under the album's rate. */
public final class MechanicalCost {

    /** Rates carry four decimals; costs keep them, so a cent rate over many tracks does not drift. */
    static final int SCALE = 4;

    private static final BigDecimal SECONDS_PER_MINUTE = new BigDecimal("60");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private MechanicalCost() {}

    /** A cost per unit, or the reason it cannot be worked out. */
    public record Result(BigDecimal perUnit, Currency currency, AlbumProblem problem) {}

    public static Result perUnit(
            RateFacts rate,
            Integer durationSeconds,
            BigDecimal dealerPrice,
            Currency dealerPriceCurrency,
            int trackCount) {
        return switch (rate.model()) {
            case PER_UNIT -> perUnitRate(rate, durationSeconds);
            case PERCENT_OF_DEALER_PRICE -> shareOfDealerPrice(rate, dealerPrice, dealerPriceCurrency, trackCount);
        };
    }

    private static Result perUnitRate(RateFacts rate, Integer durationSeconds) {
        if (rate.unitRate() == null) {
            return unknown(
                    rate.currency(),
                    AlbumProblemCode.RATE_INCOMPLETE,
                    "The mechanical rate '" + rate.name() + "' has no amount per unit.");
        }
        BigDecimal unit = rate.unitRate().setScale(SCALE, RoundingMode.HALF_UP);
        Integer threshold = rate.longSongThresholdSeconds();
        if (threshold == null) {
            return new Result(unit, rate.currency(), null);
        }
        if (durationSeconds == null) {
            return unknown(
                    rate.currency(),
                    AlbumProblemCode.NO_DURATION,
                    "The track has no duration, so the long-song rule cannot be applied.");
        }
        if (durationSeconds <= threshold) {
            return new Result(unit, rate.currency(), null);
        }
        if (rate.perMinuteRate() == null) {
            return unknown(
                    rate.currency(),
                    AlbumProblemCode.RATE_INCOMPLETE,
                    "The mechanical rate '" + rate.name() + "' has no per-minute amount for long songs.");
        }
        // Every started minute counts: 5:01 is six minutes.
        BigDecimal minutes = new BigDecimal(durationSeconds).divide(SECONDS_PER_MINUTE, 0, RoundingMode.CEILING);
        BigDecimal longSong = rate.perMinuteRate().multiply(minutes).setScale(SCALE, RoundingMode.HALF_UP);
        return new Result(longSong.max(unit), rate.currency(), null);
    }

    private static Result shareOfDealerPrice(
            RateFacts rate, BigDecimal dealerPrice, Currency dealerPriceCurrency, int trackCount) {
        Currency currency = dealerPriceCurrency == null ? rate.currency() : dealerPriceCurrency;
        if (dealerPrice == null) {
            return unknown(
                    currency,
                    AlbumProblemCode.NO_DEALER_PRICE,
                    "The album has no dealer price, so a percentage rate cannot be worked out.");
        }
        if (rate.dealerPricePercent() == null) {
            return unknown(
                    currency,
                    AlbumProblemCode.RATE_INCOMPLETE,
                    "The mechanical rate '" + rate.name() + "' has no percentage.");
        }
        BigDecimal album = dealerPrice.multiply(rate.dealerPricePercent()).divide(HUNDRED);
        return new Result(
                album.divide(new BigDecimal(Math.max(trackCount, 1)), SCALE, RoundingMode.HALF_UP), currency, null);
    }

    /** A share of a composition's cost, e.g. one publisher's 50%. */
    static BigDecimal ofShare(BigDecimal perUnit, BigDecimal share) {
        if (perUnit == null || share == null) {
            return null;
        }
        return perUnit.multiply(share).divide(HUNDRED, SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO.setScale(SCALE), BigDecimal::add);
    }

    private static Result unknown(Currency currency, AlbumProblemCode code, String message) {
        return new Result(null, currency, AlbumProblem.costUnknown(code, message));
    }
}
