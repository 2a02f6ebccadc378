package org.rightstracker.web.page.cue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.licence.QuoteTerms;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.scope.Media;
import org.rightstracker.core.scope.RightsScope;
import org.rightstracker.core.scope.Term;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.FormFields;

/**
 * One workflow step as typed: which step (the button pressed), when, the fees that go with it, and
 * for a quote everything else it offers (currency, expiry, MFN, the scope and term on offer, the
 * contact), so a quote is recorded whole in one step. The quote's fields other than the fees are only
 * in the form while a quote can be recorded; absent (null) they leave the licence's terms alone.
 */
public record StepForm(
        @RestForm String target,
        @RestForm String on,
        @RestForm String quotedFee,
        @RestForm String agreedFee,
        @RestForm String currency,
        @RestForm String quoteExpiresOn,
        @RestForm String mfn,
        @RestForm String mfnWaived,
        @RestForm List<String> media,
        @RestForm String territories,
        @RestForm String excludedTerritories,
        @RestForm String termStart,
        @RestForm String termYears,
        @RestForm String contact,
        @RestForm String acceptCommitted,
        @RestForm String note,
        @RestForm String version,
        @RestForm String seen) {

    static final List<String> FIELDS = List.of(
            "on",
            "quotedFee",
            "agreedFee",
            "currency",
            "quoteExpiresOn",
            "mfn",
            "mfnWaived",
            "media",
            "territories",
            "excludedTerritories",
            "termStart",
            "termYears",
            "contact",
            "acceptCommitted",
            "note");

    /**
     * A fresh form; the MFN boxes start as the licence has them, so a new quote keeps them unless changed.
     * The scope on offer starts as the licence records it, else as the production's release plan needs.
     */
    static StepForm of(ClearanceItem item) {
        Production production = item.cue.production;
        RightsScope scope = item.granted() != null ? item.granted() : production.releasePlan();
        Term term = scope == null ? null : scope.term();
        return new StepForm(
                "",
                LocalDate.now().toString(),
                "",
                "",
                item.feeCurrency == null ? production.currency : item.feeCurrency,
                "",
                item.mfn ? "true" : "",
                item.mfnWaived ? "true" : "",
                scope == null
                        ? List.of()
                        : scope.media().media().stream().map(Media::name).toList(),
                scope == null ? "" : scope.territories().includedCode().replace(",", ", "),
                scope == null ? "" : scope.territories().excludedCode().replace(",", ", "),
                term == null ? "" : term.start().toString(),
                term == null ? "" : term.years().map(String::valueOf).orElse(""),
                FormFields.text(item.contact),
                "",
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
                currency,
                quoteExpiresOn,
                mfn,
                mfnWaived,
                media,
                territories,
                excludedTerritories,
                termStart,
                termYears,
                contact,
                acceptCommitted,
                note,
                Long.toString(current.version),
                FormFields.openedNow());
    }

    /** Whether the user confirmed approving although the budget commits a figure MFN raised. */
    public boolean isAcceptCommitted() {
        return FormFields.checked(acceptCommitted);
    }

    /** The media checkboxes of this form, each checked as posted or stored. */
    public List<MediaChoice> mediaChoices() {
        return MediaChoice.of(media);
    }

    /** Whether the post carried the quote's scope and contact (the form offers them only with a quote). */
    boolean carriesQuoteTerms() {
        return territories != null
                || excludedTerritories != null
                || termStart != null
                || termYears != null
                || contact != null
                || (media != null && !media.isEmpty());
    }

    /** The scope and contact on offer with a quote. */
    QuoteTerms toQuoteTerms() {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = FormFields.date(termStart, "termStart", "Term start", errors);
        Integer years = FormFields.integer(termYears, "termYears", "Term in years", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new QuoteTerms(
                media == null ? "" : String.join(",", media), territories, excludedTerritories, start, years, contact);
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
                quote ? blankToNull(currency) : null,
                expires,
                note,
                quote ? isMfn() : null,
                quote ? isMfnWaived() : null,
                target == LicenceStatus.APPROVED && isAcceptCommitted());
    }

    private static String blankToNull(String text) {
        return FormFields.blank(text) ? null : text;
    }
}
