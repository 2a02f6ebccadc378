package org.rightstracker.core.licence;

import java.time.LocalDate;

/** The negotiable terms of a quote or licence, as typed in the licence form or sent to the API. */
public record LicenceTerms(
        String currency,
        String quotedFee,
        String agreedFee,
        boolean mfn,
        boolean mfnWaived,
        LocalDate quoteExpiresOn,
        String media,
        String territories,
        String excludedTerritories,
        LocalDate termStart,
        Integer termYears,
        String contact,
        String notes) {}
