package org.rightstracker.web.page.cue;

import static org.rightstracker.web.page.FormFields.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.licence.LicenceTerms;
import org.rightstracker.core.scope.Media;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.FormFields;

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
        @RestForm String seen) {

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

    static final Map<String, String> LABELS = labels();

    static TermsForm of(ClearanceItem item) {
        return new TermsForm(
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
                FormFields.openedNow());
    }

    TermsForm over(ClearanceItem current) {
        return new TermsForm(
                currency,
                quotedFee,
                agreedFee,
                mfn,
                mfnWaived,
                quoteExpiresOn,
                media,
                territories,
                excludedTerritories,
                termStart,
                termYears,
                contact,
                notes,
                Long.toString(current.version),
                FormFields.openedNow());
    }

    public boolean hasMedia(String name) {
        return media != null && media.contains(name);
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

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("currency", "Currency");
        labels.put("quotedFee", "Quoted fee");
        labels.put("agreedFee", "Agreed fee");
        labels.put("mfn", "MFN");
        labels.put("mfnWaived", "MFN waived");
        labels.put("quoteExpiresOn", "Quote expires");
        labels.put("media", "Media");
        labels.put("territories", "Territories");
        labels.put("excludedTerritories", "Excluding");
        labels.put("termStart", "Term starts");
        labels.put("termYears", "Term in years");
        labels.put("contact", "Contact");
        labels.put("notes", "Notes");
        return labels;
    }
}
