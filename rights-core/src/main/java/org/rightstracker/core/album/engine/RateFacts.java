package org.rightstracker.core.album.engine;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * A mechanical rate as the album uses it. Per unit: {@code unitRate} up to {@code longSongThresholdSeconds},
 * {@code perMinuteRate} per started minute above it (no threshold: always the unit rate). Percentage:
 * {@code dealerPricePercent} of the album's dealer price.
 */
public record RateFacts(
        String name,
        RateModel model,
        Currency currency,
        BigDecimal unitRate,
        Integer longSongThresholdSeconds,
        BigDecimal perMinuteRate,
        BigDecimal dealerPricePercent) {

    public RateFacts {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(currency, "currency");
    }

    public static RateFacts perUnit(
            Currency currency, BigDecimal unitRate, Integer thresholdSeconds, BigDecimal perMinuteRate) {
        return new RateFacts("per unit", RateModel.PER_UNIT, currency, unitRate, thresholdSeconds, perMinuteRate, null);
    }

    public static RateFacts percentOfDealerPrice(Currency currency, BigDecimal percent) {
        return new RateFacts("percentage", RateModel.PERCENT_OF_DEALER_PRICE, currency, null, null, null, percent);
    }
}
