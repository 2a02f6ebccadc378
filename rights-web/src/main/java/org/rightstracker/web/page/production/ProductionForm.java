package org.rightstracker.web.page.production;

import static org.rightstracker.web.page.FormFields.text;

import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.production.ProductionInput;
import org.rightstracker.core.production.ProductionKind;
import org.rightstracker.core.scope.Media;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.page.MergeFields;
import org.rightstracker.web.page.References;

/** The production form as typed: every value kept as text, so a refused form shows it unchanged. */
public record ProductionForm(
        @RestForm String title,
        @RestForm String kind,
        @RestForm String aka,
        @RestForm String seriesTitle,
        @RestForm String episodeNumber,
        @RestForm String episodeTitle,
        @RestForm String productionNumber,
        @RestForm String studio,
        @RestForm String studioOwnsScore,
        @RestForm String runtime,
        @RestForm String frameRate,
        @RestForm String budget,
        @RestForm String currency,
        @RestForm List<String> planMedia,
        @RestForm String planTerritories,
        @RestForm String planExcludedTerritories,
        @RestForm String planTermStart,
        @RestForm String planTermYears,
        @RestForm String releaseDate,
        @RestForm String notes,
        @RestForm String version,
        @RestForm String seen,
        @RestForm String baseline) {

    /** The fields a conflict merges, in form order; the plan's media ticked are one field (a set). */
    static final MergeFields<ProductionForm> MERGE = MergeFields.of(ProductionForm.class)
            .field("title", "Title")
            .field("kind", "Kind")
            .field("aka", "AKA")
            .field("seriesTitle", "Series")
            .field("episodeNumber", "Episode number")
            .field("episodeTitle", "Episode title")
            .field("productionNumber", "Production number")
            .field("studio", "Studio")
            .field("studioOwnsScore", "Studio owns the score")
            .field("runtime", "Runtime")
            .field("frameRate", "Frame rate")
            .field("budget", "Music budget")
            .field("currency", "Currency")
            .field("planMedia", "Plan media")
            .field("planTerritories", "Plan territories")
            .field("planExcludedTerritories", "Excluded territories")
            .field("planTermStart", "Term start")
            .field("planTermYears", "Term in years")
            .field("releaseDate", "Release date")
            .field("notes", "Notes")
            .build();

    /** The inputs the form shows: messages for any other field go to the summary at the top. */
    static final List<String> FIELDS = List.of(
            "title",
            "kind",
            "aka",
            "seriesTitle",
            "episodeNumber",
            "episodeTitle",
            "productionNumber",
            "studioId",
            "runtime",
            "frameRate",
            "budget",
            "currency",
            "planMedia",
            "planTerritories",
            "planExcludedTerritories",
            "planTermStart",
            "planTermYears",
            "releaseDate",
            "notes");

    static ProductionForm empty() {
        return new ProductionForm(
                "",
                "FEATURE_FILM",
                "",
                "",
                "",
                "",
                "",
                "",
                null,
                "",
                "24",
                "",
                "USD",
                List.of(),
                "WORLD",
                "",
                "",
                "",
                "",
                "",
                "0",
                "",
                "");
    }

    static ProductionForm of(Production p) {
        return MERGE.opened(new ProductionForm(
                p.title,
                p.kind.name(),
                text(p.aka),
                text(p.seriesTitle),
                text(p.episodeNumber),
                text(p.episodeTitle),
                text(p.productionNumber),
                References.label(p.studio),
                p.studioOwnsScore ? "true" : null,
                p.runtimeSeconds == null ? "" : org.rightstracker.web.page.PageFormats.runningTime(p.runtimeSeconds),
                p.frameRate.label(),
                p.budgetAmount == null ? "" : p.budgetAmount.toPlainString(),
                p.currency,
                p.planMedia.media().stream().map(Media::name).toList(),
                p.planTerritories.replace(",", ", "),
                p.planExcludedTerritories.replace(",", ", "),
                text(p.planTermStart),
                text(p.planTermYears),
                text(p.releaseDate),
                text(p.notes),
                Long.toString(p.version),
                FormFields.openedNow(),
                null));
    }

    public boolean ownsScore() {
        return FormFields.checked(studioOwnsScore);
    }

    public boolean hasMedia(String media) {
        return planMedia != null && planMedia.contains(media);
    }

    long versionNumber() {
        return FormFields.version(version);
    }

    /** The service input, or a refusal naming each field the page itself could not read. */
    ProductionInput toInput(References references) {
        List<FieldError> errors = new ArrayList<>();
        ProductionKind chosenKind = FormFields.choice(ProductionKind.class, kind, "kind", "kinds", errors);
        Long studioId = references.party(studio, "studioId", errors);
        var termStart = FormFields.date(planTermStart, "planTermStart", "Term start", errors);
        Integer termYears = FormFields.integer(planTermYears, "planTermYears", "Term in years", errors);
        var release = FormFields.date(releaseDate, "releaseDate", "Release date", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new ProductionInput(
                title,
                chosenKind,
                aka,
                seriesTitle,
                episodeNumber,
                episodeTitle,
                productionNumber,
                studioId,
                ownsScore(),
                runtime,
                frameRate,
                budget,
                currency,
                planMedia == null ? "" : String.join(",", planMedia),
                planTerritories,
                planExcludedTerritories,
                termStart,
                termYears,
                release,
                notes);
    }
}
