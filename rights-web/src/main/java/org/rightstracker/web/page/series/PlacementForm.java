package org.rightstracker.web.page.series;

import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.page.MergeFields;

/**
 * Where a production sits in a series, as chosen on its "Place in a series" page: the season (picked by
 * series and season name; blank takes it out), its position, and whether it totals in the series' currency.
 * It carries the production's version and a baseline, so a placement made over someone's edit of the
 * production merges instead of failing.
 */
public record PlacementForm(
        @RestForm String seasonId,
        @RestForm String episodeOrder,
        @RestForm String currencyFromSeries,
        @RestForm String version,
        @RestForm String seen,
        @RestForm String baseline) {

    static final MergeFields<PlacementForm> MERGE = MergeFields.of(PlacementForm.class)
            .field("seasonId", "Season")
            .field("episodeOrder", "Position in the season")
            .field("currencyFromSeries", "Series currency")
            .build();

    static final List<String> FIELDS = List.of("seasonId", "episodeOrder", "currencyFromSeries");

    static PlacementForm of(Production p) {
        return MERGE.opened(new PlacementForm(
                p.season == null ? "" : p.season.id.toString(),
                p.episodeOrder == null ? "" : p.episodeOrder.toString(),
                p.season == null || p.currencyFromSeries ? "true" : "",
                Long.toString(p.version),
                FormFields.openedNow(),
                null));
    }

    long versionNumber() {
        return FormFields.version(version);
    }

    public boolean inSeason(Long id) {
        return id != null && id.toString().equals(seasonId);
    }

    public boolean seriesCurrency() {
        return FormFields.checked(currencyFromSeries);
    }

    /** The season chosen, or null for none; a choice that is not a season's id is refused at the field. */
    Long season() {
        if (FormFields.blank(seasonId)) {
            return null;
        }
        Long id = FormFields.id(seasonId);
        if (id == null) {
            throw new ValidationException("seasonId", "Choose one of the listed seasons.");
        }
        return id;
    }

    /** The position typed, or null for after the last episode; also refuses an unreadable currency tick. */
    Integer order() {
        List<FieldError> errors = new ArrayList<>();
        Integer order = FormFields.integer(episodeOrder, "episodeOrder", "Position in the season", errors);
        FormFields.yesNo(currencyFromSeries, "currencyFromSeries", "the series' currency", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return order;
    }
}
