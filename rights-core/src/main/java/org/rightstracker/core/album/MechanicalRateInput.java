package org.rightstracker.core.album;

import org.rightstracker.core.album.engine.RateModel;

/**
 * A mechanical rate as typed by an administrator. Rates arrive as text ("0.1240"), the long-song threshold
 * as a running time ("5:00").
 */
public record MechanicalRateInput(
        String name,
        RateModel model,
        String currency,
        String unitRate,
        String longSongThreshold,
        String perMinuteRate,
        String dealerPricePercent,
        boolean isDefault) {}
