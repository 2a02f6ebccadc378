package org.rightstracker.core.series;

import java.time.LocalDate;

/**
 * A series as typed in its form or sent to the API: the defaults its episodes inherit. Plan fields are
 * text parsed by the service, so each problem is reported against its field.
 */
public record SeriesInput(
        String title,
        Long studioId,
        String currency,
        String planMedia,
        String planTerritories,
        String planExcludedTerritories,
        LocalDate planTermStart,
        Integer planTermYears,
        String notes) {}
