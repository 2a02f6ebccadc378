package org.rightstracker.core.series;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.rightstracker.core.clearance.ClearanceRevisions;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.production.ProductionInput;
import org.rightstracker.core.production.ProductionKind;
import org.rightstracker.core.production.ProductionService;
import org.rightstracker.core.scope.MediaSet;
import org.rightstracker.core.scope.TerritoryScope;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.DuplicateValueException;
import org.rightstracker.core.shared.Errors;
import org.rightstracker.core.shared.Money;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.NumberLimit;
import org.rightstracker.core.shared.TextLimit;

/** Series, their seasons, and which episode sits where: one transaction per use case, version first. */
@ApplicationScoped
public class SeriesService {

    @Inject
    ProductionService productions;

    public Series get(long id) {
        return Series.<Series>findByIdOptional(id).orElseThrow(() -> NotFoundException.of("Series", id));
    }

    public Season season(long id) {
        return Season.<Season>findByIdOptional(id).orElseThrow(() -> NotFoundException.of("Season", id));
    }

    public List<Series> listAll() {
        return Series.listAll(Sort.by("title").and("id"));
    }

    /** The seasons of a series in number order. */
    public List<Season> seasons(long seriesId) {
        return Season.list("series.id = ?1", Sort.by("number"), seriesId);
    }

    /** The episodes of the given seasons, season by season in episode order. */
    public List<Production> episodes(List<Long> seasonIds) {
        if (seasonIds.isEmpty()) {
            return List.of();
        }
        return Production.list(
                "select p from Production p join fetch p.season s join fetch s.series where s.id in ?1"
                        + " order by s.number, p.episodeOrder nulls last, p.id",
                seasonIds);
    }

    @Transactional
    public Series create(SeriesInput input) {
        Series series = new Series();
        apply(series, input, null);
        series.persist();
        return series;
    }

    @Transactional
    public Series update(long id, long version, SeriesInput input) {
        Series series = get(id);
        series.requireVersion(version, "Series " + series.title);
        apply(series, input, id);
        return series;
    }

    /** Refused while the series has seasons: episodes are never orphaned by accident. */
    @Transactional
    public void delete(long id, long version) {
        Series series = get(id);
        series.requireVersion(version, "Series " + series.title);
        if (Season.count("series.id", id) > 0) {
            throw new ConflictException("Series " + series.title + " still has seasons; remove them first.");
        }
        series.delete();
    }

    @Transactional
    public Season addSeason(long seriesId, SeasonInput input) {
        Series series = get(seriesId);
        Season season = new Season();
        season.series = series;
        apply(season, input);
        season.persist();
        return season;
    }

    @Transactional
    public Season updateSeason(long seasonId, long version, SeasonInput input) {
        Season season = season(seasonId);
        season.requireVersion(version, season.label());
        apply(season, input);
        return season;
    }

    /** Refused while episodes belong to the season. */
    @Transactional
    public void deleteSeason(long seasonId, long version) {
        Season season = season(seasonId);
        season.requireVersion(version, season.label());
        if (Production.count("season.id", seasonId) > 0) {
            throw new ConflictException(season.label() + " of " + season.series.title
                    + " still has episodes; move them to another season first.");
        }
        season.delete();
    }

    /**
     * Puts a production in a season at {@code episodeOrder} (null: after the last), making it an episode of
     * the series; {@code seasonId} null takes it out of any season. {@code currencyFromSeries} makes it
     * total its fees in the series' currency.
     */
    @Transactional
    public Production placeEpisode(
            long productionId, long version, Long seasonId, Integer episodeOrder, boolean currencyFromSeries) {
        Production production = Production.<Production>findByIdOptional(productionId)
                .orElseThrow(() -> NotFoundException.of("Production", productionId));
        production.requireVersion(version, "Production " + production.title);
        Errors errors = new Errors();
        Season season = null;
        if (seasonId != null) {
            season = Season.findById(seasonId);
            if (season == null) {
                errors.add("seasonId", "Season " + seasonId + " does not exist.");
            }
        }
        errors.whole("episodeOrder", "Episode order", episodeOrder, NumberLimit.ORDINAL);
        if (season == null && episodeOrder != null && seasonId == null) {
            errors.add("episodeOrder", "An episode order needs a season.");
        }
        errors.throwIfAny();
        return place(production, season, episodeOrder, currencyFromSeries);
    }

    /**
     * A new episode production made straight in a season (after its last episode when {@code episodeOrder}
     * is null), totalling its fees in the series' currency: created and placed in one transaction, so a
     * refused placement leaves no stray production behind.
     */
    @Transactional
    public Production addEpisode(long seasonId, ProductionInput input, Integer episodeOrder) {
        Season season = season(seasonId);
        Errors errors = new Errors();
        errors.whole("episodeOrder", "Episode order", episodeOrder, NumberLimit.ORDINAL);
        errors.throwIfAny();
        Production production = productions.create(input);
        return place(production, season, episodeOrder, true);
    }

    private static Production place(
            Production production, Season season, Integer episodeOrder, boolean currencyFromSeries) {
        // The episodes of the season it leaves and of the one it joins count their capped uses anew.
        if (production.season != null) {
            ClearanceRevisions.seriesChanged(production.season.series.id);
        }
        if (season != null) {
            ClearanceRevisions.seriesChanged(season.series.id);
        }
        production.season = season;
        production.currencyFromSeries = season != null && currencyFromSeries;
        if (season == null) {
            production.episodeOrder = null;
            return production;
        }
        production.kind = ProductionKind.EPISODE;
        production.seriesTitle = season.series.title;
        production.episodeOrder = episodeOrder != null ? episodeOrder : nextEpisodeOrder(season, production.id);
        return production;
    }

    private static int nextEpisodeOrder(Season season, long except) {
        Integer last = Production.find(
                        "select max(p.episodeOrder) from Production p where p.season = ?1 and p.id <> ?2",
                        season,
                        except)
                .project(Integer.class)
                .firstResult();
        return last == null ? 1 : last + 1;
    }

    private static void apply(Series series, SeriesInput input, Long self) {
        Errors errors = new Errors();
        String title = errors.required(TextLimit.SERIES_TITLE, input.title());
        Party studio = null;
        if (input.studioId() != null) {
            studio = Party.findById(input.studioId());
            if (studio == null) {
                errors.add("studioId", "Party " + input.studioId() + " does not exist.");
            }
        }
        String code = input.currency() == null || input.currency().isBlank()
                ? "USD"
                : input.currency().strip().toUpperCase(Locale.ROOT);
        Currency currency = errors.parse("currency", code, Money::currencyOf);
        MediaSet media = errors.parse("planMedia", input.planMedia(), MediaSet::parse);
        TerritoryScope excluded = errors.parse(
                "planExcludedTerritories", input.planExcludedTerritories(), t -> TerritoryScope.parse("", t));
        TerritoryScope territories = null;
        try {
            territories = TerritoryScope.parse(
                    blank(input.planTerritories()), excluded == null ? "" : blank(input.planExcludedTerritories()));
        } catch (IllegalArgumentException e) {
            errors.add("planTerritories", e.getMessage());
        }
        if (input.planTermYears() != null && input.planTermYears() < 1) {
            errors.add("planTermYears", "The term is at least one year; leave it empty for perpetuity.");
        } else {
            errors.whole("planTermYears", "Term in years", input.planTermYears(), NumberLimit.TERM_YEARS);
        }
        if (input.planTermYears() != null && input.planTermStart() == null) {
            errors.add("planTermStart", "A term in years needs a start date.");
        }
        String notes = errors.optional(TextLimit.SERIES_NOTES, input.notes());
        errors.throwIfAny();
        Series.findByTitle(title).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw new DuplicateValueException("title", "A series called " + other.title + " already exists.");
        });
        series.title = title;
        series.studio = studio;
        series.currency = currency.getCurrencyCode();
        series.planMedia = media == null ? MediaSet.of() : media;
        series.planTerritories = territories.includedCode();
        series.planExcludedTerritories = territories.excludedCode();
        series.planTermStart = input.planTermStart();
        series.planTermYears = input.planTermYears();
        series.notes = notes;
    }

    private static void apply(Season season, SeasonInput input) {
        Errors errors = new Errors();
        if (input.number() == null) {
            errors.add("number", "Season number is required (1 for the first season).");
        } else {
            errors.whole("number", "Season number", input.number(), NumberLimit.ORDINAL);
        }
        String title = errors.optional(TextLimit.SEASON_TITLE, input.title());
        Money budget = errors.parse(
                "budget",
                input.budget(),
                text -> Money.of(text, season.series.currency().getCurrencyCode()));
        errors.throwIfAny();
        boolean taken = Season.count(
                        "series = ?1 and number = ?2 and id <> ?3",
                        season.series,
                        input.number(),
                        season.id == null ? -1L : season.id)
                > 0;
        if (taken) {
            throw new DuplicateValueException(
                    "number", "Season " + input.number() + " already exists in " + season.series.title + ".");
        }
        season.number = input.number();
        season.title = title;
        season.budgetAmount = budget == null ? null : budget.amount();
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }
}
