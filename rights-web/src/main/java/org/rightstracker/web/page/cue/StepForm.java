package org.rightstracker.web.page.cue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.FormFields;

/**
 * One workflow step as typed: which step (the button pressed), when, the fees that go with it, and
 * for a quote its expiry and MFN, so a quote is recorded whole in one step.
 */
public record StepForm(
        @RestForm String target,
        @RestForm String on,
        @RestForm String quotedFee,
        @RestForm String agreedFee,
        @RestForm String quoteExpiresOn,
        @RestForm String mfn,
        @RestForm String mfnWaived,
        @RestForm String note,
        @RestForm String version,
        @RestForm String seen) {

    static final List<String> FIELDS =
            List.of("on", "quotedFee", "agreedFee", "quoteExpiresOn", "mfn", "mfnWaived", "note");

    /** A fresh form; the MFN boxes start as the licence has them, so a new quote keeps them unless changed. */
    static StepForm of(ClearanceItem item) {
        return new StepForm(
                "",
                LocalDate.now().toString(),
                "",
                "",
                "",
                item.mfn ? "true" : "",
                item.mfnWaived ? "true" : "",
                "",
                Long.toString(item.version),
                FormFields.openedNow());
    }

    StepForm over(ClearanceItem current) {
        return new StepForm(
                target,
                on,
                quotedFee,
                agreedFee,
                quoteExpiresOn,
                mfn,
                mfnWaived,
                note,
                Long.toString(current.version),
                FormFields.openedNow());
    }

    public boolean isMfn() {
        return FormFields.checked(mfn);
    }

    public boolean isMfnWaived() {
        return FormFields.checked(mfnWaived);
    }

    long versionNumber() {
        return FormFields.version(version);
    }

    Instant seenAt() {
        Long millis = FormFields.id(seen);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    LicenceStatus targetStatus() {
        List<FieldError> errors = new ArrayList<>();
        LicenceStatus status = FormFields.choice(LicenceStatus.class, target, "target", "steps", errors);
        if (status == null && errors.isEmpty()) {
            errors.add(new FieldError("target", "Choose a step: one of the buttons below the fields."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return status;
    }

    /**
     * The step for {@code target}. The MFN boxes are always sent by a browser (unticked means no), but
     * they belong to the quote: any other step leaves MFN as recorded.
     */
    LicenceStep toStep(LicenceStatus target) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = FormFields.date(on, "on", "The date", errors);
        LocalDate expires = FormFields.date(quoteExpiresOn, "quoteExpiresOn", "Quote expires", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        boolean quote = target == LicenceStatus.QUOTED;
        return new LicenceStep(
                date,
                blankToNull(quotedFee),
                blankToNull(agreedFee),
                null,
                expires,
                note,
                quote ? isMfn() : null,
                quote ? isMfnWaived() : null);
    }

    private static String blankToNull(String text) {
        return FormFields.blank(text) ? null : text;
    }
}
