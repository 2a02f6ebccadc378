package org.rightstracker.core.production;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import org.rightstracker.core.clearance.ClearanceItemSync;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.scope.MediaSet;
import org.rightstracker.core.scope.TerritoryScope;
import org.rightstracker.core.shared.Errors;
import org.rightstracker.core.shared.FrameRate;
import org.rightstracker.core.shared.Money;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.NumberLimit;
import org.rightstracker.core.shared.RunningTime;
import org.rightstracker.core.shared.TextLimit;

@ApplicationScoped
public class ProductionService {

    @Inject
    ClearanceItemSync clearanceItemSync;

    public Production get(long id) {
        return Production.<Production>findByIdOptional(id).orElseThrow(() -> NotFoundException.of("Production", id));
    }

    public List<Production> listAll() {
        return Production.listAll(Sort.by("title").and("id"));
    }

    @Transactional
    public Production create(ProductionInput input) {
        Production production = new Production();
        apply(production, input);
        production.persist();
        return production;
    }

    @Transactional
    public Production update(long id, long version, ProductionInput input) {
        Production production = get(id);
        production.requireVersion(version, "Production " + production.title);
        boolean ownershipChanged = production.studioOwnsScore != input.studioOwnsScore();
        apply(production, input);
        if (ownershipChanged) {
            // Score cues gain or lose their composer agreement with the studio's ownership.
            clearanceItemSync.refreshCuesOfProduction(production);
        }
        return production;
    }

    @Transactional
    public void delete(long id, long version) {
        Production production = get(id);
        production.requireVersion(version, "Production " + production.title);
        production.delete();
    }

    private void apply(Production production, ProductionInput input) {
        Errors errors = new Errors();
        String title = errors.required(TextLimit.PRODUCTION_TITLE, input.title());
        String aka = errors.optional(TextLimit.PRODUCTION_AKA, input.aka());
        String seriesTitle = errors.optional(TextLimit.PRODUCTION_SERIES_TITLE, input.seriesTitle());
        String episodeNumber = errors.optional(TextLimit.PRODUCTION_EPISODE_NUMBER, input.episodeNumber());
        String episodeTitle = errors.optional(TextLimit.PRODUCTION_EPISODE_TITLE, input.episodeTitle());
        String productionNumber = errors.optional(TextLimit.PRODUCTION_NUMBER, input.productionNumber());
        ProductionKind kind = input.kind() == null ? ProductionKind.FEATURE_FILM : input.kind();
        if (kind == ProductionKind.EPISODE && seriesTitle == null) {
            errors.add("seriesTitle", "An episode needs the title of its series.");
        }
        Party studio = null;
        if (input.studioId() != null) {
            studio = Party.findById(input.studioId());
            if (studio == null) {
                errors.add("studioId", "Party " + input.studioId() + " does not exist.");
            }
        }
        Duration runtime = errors.parse("runtime", input.runtime(), RunningTime::parse);
        FrameRate frameRate = errors.parse("frameRate", input.frameRate(), FrameRate::parse);
        String currencyCode = input.currency() == null || input.currency().isBlank()
                ? "USD"
                : input.currency().strip().toUpperCase();
        Currency currency = errors.parse("currency", currencyCode, Money::currencyOf);
        Money budget = currency == null
                ? null
                : errors.parse("budget", input.budget(), text -> Money.of(text, currency.getCurrencyCode()));
        MediaSet media = errors.parse("planMedia", input.planMedia(), MediaSet::parse);
        TerritoryScope territories = null;
        // The exclusions are read alone first, so an unknown code is reported at the list that holds it.
        TerritoryScope excluded = errors.parse(
                "planExcludedTerritories", input.planExcludedTerritories(), t -> TerritoryScope.parse("", t));
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
        String notes = errors.optional(TextLimit.PRODUCTION_NOTES, input.notes());
        errors.throwIfAny();

        production.title = title;
        production.kind = kind;
        production.aka = aka;
        production.seriesTitle = seriesTitle;
        production.episodeNumber = episodeNumber;
        production.episodeTitle = episodeTitle;
        production.productionNumber = productionNumber;
        production.studio = studio;
        production.studioOwnsScore = input.studioOwnsScore();
        production.runtimeSeconds = runtime == null ? null : (int) runtime.toSeconds();
        production.frameRate = frameRate == null ? FrameRate.FPS_24 : frameRate;
        production.currency = currency.getCurrencyCode();
        production.budgetAmount = budget == null ? null : budget.amount();
        production.planMedia = media == null ? MediaSet.of() : media;
        production.planTerritories = territories.includedCode();
        production.planExcludedTerritories = territories.excludedCode();
        production.planTermStart = input.planTermStart();
        production.planTermYears = input.planTermYears();
        production.releaseDate = input.releaseDate();
        production.notes = notes;
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }
}
