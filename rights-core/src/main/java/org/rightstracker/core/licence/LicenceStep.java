package org.rightstracker.core.licence;

import java.time.LocalDate;

/**
 * What a supervisor records with a workflow step: when it happened (today when empty), the fee
 * quoted or agreed at that step, and a note kept on the licence's timeline. A quote also records its
 * expiry and whether it carries MFN (and whether MFN is waived); null there means "as recorded before".
 * Approving at a fee that MFN would raise is refused unless {@code acceptCommitted} says the user saw that
 * the budget commits the raised figure.
 */
public record LicenceStep(
        LocalDate on,
        String quotedFee,
        String agreedFee,
        String currency,
        LocalDate quoteExpiresOn,
        String note,
        Boolean mfn,
        Boolean mfnWaived,
        boolean acceptCommitted) {

    /** A step that does not accept a committed figure different from the agreed fee. */
    public LicenceStep(
            LocalDate on,
            String quotedFee,
            String agreedFee,
            String currency,
            LocalDate quoteExpiresOn,
            String note,
            Boolean mfn,
            Boolean mfnWaived) {
        this(on, quotedFee, agreedFee, currency, quoteExpiresOn, note, mfn, mfnWaived, false);
    }

    /** A step that leaves MFN as it is. */
    public LicenceStep(
            LocalDate on, String quotedFee, String agreedFee, String currency, LocalDate quoteExpiresOn, String note) {
        this(on, quotedFee, agreedFee, currency, quoteExpiresOn, note, null, null, false);
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
