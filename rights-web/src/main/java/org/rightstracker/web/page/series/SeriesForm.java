package org.rightstracker.web.page.series;

import static org.rightstracker.web.page.FormFields.text;

import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.scope.Media;
import org.rightstracker.core.series.Series;
import org.rightstracker.core.series.SeriesInput;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.page.MergeFields;
import org.rightstracker.web.page.References;

/** The series form as typed: the title and the defaults (release plan, studio, currency) episodes inherit. */
public record SeriesForm(
        @RestForm String title,
        @RestForm String studio,
        @RestForm String currency,
        @RestForm List<String> planMedia,
        @RestForm String planTerritories,
        @RestForm String planExcludedTerritories,
        @RestForm String planTermStart,
        @RestForm String planTermYears,
        @RestForm String notes,
        @RestForm String version,
        @RestForm String seen,
        @RestForm String baseline) {

    /** The fields a conflict merges, in form order; the plan's media ticked are one field (a set). */
    static final MergeFields<SeriesForm> MERGE = MergeFields.of(SeriesForm.class)
            .field("title", "Title")
            .field("studio", "Studio")
            .field("currency", "Currency")
            .field("planMedia", "Plan media")
            .field("planTerritories", "Plan territories")
            .field("planExcludedTerritories", "Excluded territories")
            .field("planTermStart", "Term start")
            .field("planTermYears", "Term in years")
            .field("notes", "Notes")
            .build();

    /** The inputs the form shows: messages for any other field go to the summary at the top. */
    static final List<String> FIELDS = List.of(
            "title",
            "studioId",
            "currency",
            "planMedia",
            "planTerritories",
            "planExcludedTerritories",
            "planTermStart",
            "planTermYears",
            "notes");

    static SeriesForm empty() {
        return new SeriesForm("", "", "USD", List.of(), "WORLD", "", "", "", "", "0", "", "");
    }

    static SeriesForm of(Series s) {
        return MERGE.opened(new SeriesForm(
                s.title,
                References.label(s.studio),
                s.currency,
                s.planMedia.media().stream().map(Media::name).toList(),
                s.planTerritories.replace(",", ", "),
                s.planExcludedTerritories.replace(",", ", "),
                text(s.planTermStart),
                text(s.planTermYears),
                text(s.notes),
                Long.toString(s.version),
                FormFields.openedNow(),
                null));
    }

    public boolean hasMedia(String media) {
        return planMedia != null && planMedia.contains(media);
    }

    long versionNumber() {
        return FormFields.version(version);
    }

    /** The service input, or a refusal naming each field the page itself could not read. */
    SeriesInput toInput(References references) {
        List<FieldError> errors = new ArrayList<>();
        Long studioId = references.party(studio, "studioId", errors);
        var termStart = FormFields.date(planTermStart, "planTermStart", "Term start", errors);
        Integer termYears = FormFields.integer(planTermYears, "planTermYears", "Term in years", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new SeriesInput(
                title,
                studioId,
                currency,
                planMedia == null ? "" : String.join(",", planMedia),
                planTerritories,
                planExcludedTerritories,
                termStart,
                termYears,
                notes);
    }
}
