package org.rightstracker.core.production;

import java.time.LocalDate;

/**
 * A production as typed in a form or sent to the API. Amounts, runtime and plan fields arrive as
 * text and are parsed by the service so each problem is reported against its field.
 */
public record ProductionInput(
        String title,
        ProductionKind kind,
        String aka,
        String seriesTitle,
        String episodeNumber,
        String episodeTitle,
        String productionNumber,
        Long studioId,
        boolean studioOwnsScore,
        String runtime,
        String frameRate,
        String budget,
        String currency,
        String planMedia,
        String planTerritories,
        String planExcludedTerritories,
        LocalDate planTermStart,
        Integer planTermYears,
        LocalDate releaseDate,
        String notes) {}
