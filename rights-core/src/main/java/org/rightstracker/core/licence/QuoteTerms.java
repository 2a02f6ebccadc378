package org.rightstracker.core.licence;

import java.time.LocalDate;

/**
 * What a quote grants besides its fee, recorded with the quote in one step: the media, territories
 * (with exclusions) and term on offer (a start and years, or perpetuity when the years are empty), and
 * whom to deal with. Pages pre-fill it with the production's release plan.
 */
public record QuoteTerms(
        String media,
        String territories,
        String excludedTerritories,
        LocalDate termStart,
        Integer termYears,
        String contact) {}
