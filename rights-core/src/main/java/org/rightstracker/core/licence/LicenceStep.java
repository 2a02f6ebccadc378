package org.rightstracker.core.licence;

import java.time.LocalDate;

/**
 * What a supervisor records with a workflow step: when it happened (today when empty), the fee
 * quoted or agreed at that step, and a note kept on the licence's timeline. A quote also records its
 * expiry and whether it carries MFN (and whether MFN is waived); null there means "as recorded before".
 */
public record LicenceStep(
        LocalDate on,
        String quotedFee,
        String agreedFee,
        String currency,
        LocalDate quoteExpiresOn,
        String note,
        Boolean mfn,
        Boolean mfnWaived) {

    /** A step that leaves MFN as it is. */
    public LicenceStep(
            LocalDate on, String quotedFee, String agreedFee, String currency, LocalDate quoteExpiresOn, String note) {
        this(on, quotedFee, agreedFee, currency, quoteExpiresOn, note, null, null);
    }

    public static LicenceStep on(LocalDate date) {
        return new LicenceStep(date, null, null, null, null, null);
    }

    public static LicenceStep quote(LocalDate date, String fee, String currency) {
        return new LicenceStep(date, fee, null, currency, null, null);
    }

    public static LicenceStep agree(LocalDate date, String fee) {
        return new LicenceStep(date, null, fee, null, null, null);
    }
}
