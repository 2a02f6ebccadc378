package org.rightstracker.web.page.production;

import static org.rightstracker.web.page.FormFields.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.production.ProductionInput;
import org.rightstracker.core.production.ProductionKind;
import org.rightstracker.core.scope.Media;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.FormFields;
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
        @RestForm String seen) {

    /** Labels of the fields a conflict compares, in form order. */
    static final Map<String, String> LABELS = labels();

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
                "");
    }

    static ProductionForm of(Production p) {
        return new ProductionForm(
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
                FormFields.openedNow());
    }

    /** The same typed values, now carrying the version and time of what is saved (after a conflict). */
    ProductionForm over(Production current) {
        return new ProductionForm(
                title,
                kind,
                aka,
                seriesTitle,
                episodeNumber,
                episodeTitle,
                productionNumber,
                studio,
                studioOwnsScore,
                runtime,
                frameRate,
                budget,
                currency,
                planMedia,
                planTerritories,
                planExcludedTerritories,
                planTermStart,
                planTermYears,
                releaseDate,
                notes,
                Long.toString(current.version),
                FormFields.openedNow());
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

    Instant seenAt() {
        Long millis = FormFields.id(seen);
        return millis == null ? null : Instant.ofEpochMilli(millis);
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

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("title", "Title");
        labels.put("kind", "Kind");
        labels.put("aka", "AKA");
        labels.put("seriesTitle", "Series");
        labels.put("episodeNumber", "Episode number");
        labels.put("episodeTitle", "Episode title");
        labels.put("productionNumber", "Production number");
        labels.put("studio", "Studio");
        labels.put("studioOwnsScore", "Studio owns the score");
        labels.put("runtime", "Runtime");
        labels.put("frameRate", "Frame rate");
        labels.put("budget", "Music budget");
        labels.put("currency", "Currency");
        labels.put("planMedia", "Plan media");
        labels.put("planTerritories", "Plan territories");
        labels.put("planExcludedTerritories", "Excluded territories");
        labels.put("planTermStart", "Term start");
        labels.put("planTermYears", "Term in years");
        labels.put("releaseDate", "Release date");
        labels.put("notes", "Notes");
        return labels;
    }
}
