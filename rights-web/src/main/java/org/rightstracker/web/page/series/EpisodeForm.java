package org.rightstracker.web.page.series;

import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.production.ProductionInput;
import org.rightstracker.core.production.ProductionKind;
import org.rightstracker.core.series.Season;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.FormFields;

/**
 * "Add an episode" as typed: a new episode production made in a season. It takes the series' title,
 * currency, studio and release plan by inheritance, so only what is the episode's own is asked for.
 */
public record EpisodeForm(
        @RestForm String title,
        @RestForm String episodeNumber,
        @RestForm String episodeTitle,
        @RestForm String runtime,
        @RestForm String episodeOrder) {

    static final List<String> FIELDS = List.of("title", "episodeNumber", "episodeTitle", "runtime", "episodeOrder");

    static EpisodeForm empty() {
        return new EpisodeForm("", "", "", "", "");
    }

    /** The position typed, or null for after the last episode. */
    Integer order() {
        List<FieldError> errors = new ArrayList<>();
        Integer order = FormFields.integer(episodeOrder, "episodeOrder", "Position in the season", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return order;
    }

    ProductionInput toInput(Season season) {
        if (FormFields.blank(episodeNumber)) {
            throw new ValidationException("episodeNumber", "Episode number is required, e.g. 103.");
        }
        return new ProductionInput(
                title,
                ProductionKind.EPISODE,
                null,
                season.series.title,
                episodeNumber,
                episodeTitle,
                null,
                null,
                false,
                runtime,
                null,
                null,
                season.series.currency,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
