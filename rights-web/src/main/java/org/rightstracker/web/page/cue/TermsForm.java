package org.rightstracker.web.page.cue;

import static org.rightstracker.web.page.FormFields.text;

import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.licence.LicenceTerms;
import org.rightstracker.core.scope.Media;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.page.MergeFields;

/** A licence's negotiable terms and granted scope as typed. */
public record TermsForm(
        @RestForm String currency,
        @RestForm String quotedFee,
        @RestForm String agreedFee,
        @RestForm String mfn,
        @RestForm String mfnWaived,
        @RestForm String quoteExpiresOn,
        @RestForm List<String> media,
        @RestForm String territories,
        @RestForm String excludedTerritories,
        @RestForm String termStart,
        @RestForm String termYears,
        @RestForm String contact,
        @RestForm String notes,
        @RestForm String version,
        @RestForm String seen,
        @RestForm String baseline) {

    static final List<String> FIELDS = List.of(
            "currency",
            "quotedFee",
            "agreedFee",
            "mfn",
            "mfnWaived",
            "quoteExpiresOn",
            "media",
            "territories",
            "excludedTerritories",
            "termStart",
            "termYears",
            "contact",
            "notes");

    /** The fields a conflict merges; the media ticked are one field (a set chosen as a whole). */
    static final MergeFields<TermsForm> MERGE = MergeFields.of(TermsForm.class)
            .field("currency", "Currency")
            .field("quotedFee", "Quoted fee")
            .field("agreedFee", "Agreed fee")
            .field("mfn", "MFN")
            .field("mfnWaived", "MFN waived")
            .field("quoteExpiresOn", "Quote expires")
            .field("media", "Media")
            .field("territories", "Territories")
            .field("excludedTerritories", "Excluding")
            .field("termStart", "Term starts")
            .field("termYears", "Term in years")
            .field("contact", "Contact")
            .field("notes", "Notes")
            .build();

    static TermsForm of(ClearanceItem item) {
        return MERGE.opened(new TermsForm(
                item.feeCurrency == null ? item.cue.production.currency : item.feeCurrency,
                item.quotedFee == null ? "" : item.quotedFee.toPlainString(),
                item.agreedFee == null ? "" : item.agreedFee.toPlainString(),
                item.mfn ? "true" : null,
                item.mfnWaived ? "true" : null,
                text(item.quoteExpiresOn),
                item.grantedMedia.media().stream().map(Media::name).toList(),
                item.grantedTerritories.replace(",", ", "),
                item.grantedExcludedTerritories.replace(",", ", "),
                text(item.termStart),
                text(item.termYears),
                text(item.contact),
                text(item.notes),
                Long.toString(item.version),
                FormFields.openedNow(),
                null));
    }

    /** The media checkboxes of this form, each checked as posted or stored. */
    public List<MediaChoice> mediaChoices() {
        return MediaChoice.of(media);
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

    LicenceTerms toTerms() {
        List<FieldError> errors = new ArrayList<>();
        var expires = FormFields.date(quoteExpiresOn, "quoteExpiresOn", "Quote expiry", errors);
        var start = FormFields.date(termStart, "termStart", "Term start", errors);
        Integer years = FormFields.integer(termYears, "termYears", "Term in years", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new LicenceTerms(
                currency,
                quotedFee,
                agreedFee,
                isMfn(),
                isMfnWaived(),
                expires,
                media == null ? "" : String.join(",", media),
                territories,
                excludedTerritories,
                start,
                years,
                contact,
                notes);
    }
}
