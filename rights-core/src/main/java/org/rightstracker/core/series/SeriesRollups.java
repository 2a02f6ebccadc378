package org.rightstracker.core.series;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import org.rightstracker.core.clearance.ProductionClearance;
import org.rightstracker.core.clearance.engine.CueStatus;
import org.rightstracker.core.clearance.engine.CueVerdict;
import org.rightstracker.core.clearance.engine.Problem;
import org.rightstracker.core.clearance.engine.ProblemCode;
import org.rightstracker.core.clearance.engine.ProductionVerdict;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.series.SeriesRollup.EpisodeLine;
import org.rightstracker.core.series.SeriesRollup.SeasonLine;
import org.rightstracker.core.shared.Money;
import org.rightstracker.core.shared.NotFoundException;

/**
 * Rolls a series up from its episodes in a fixed number of statements: the series, its seasons, their
 * episodes, then one clearance load for all the episodes together (never one per episode).
 */
@ApplicationScoped
public class SeriesRollups {

    /** Findings that mean a date is about to pass (or has): what "expiring" lists per episode. */
    private static final Set<ProblemCode> EXPIRING =
            EnumSet.of(ProblemCode.QUOTE_EXPIRING, ProblemCode.QUOTE_EXPIRED, ProblemCode.OPTION_DEADLINE);

    @Inject
    SeriesService series;

    @Inject
    ProductionClearance clearance;

    /**
     * @param visible which episodes the reader may see; the others are left out of every figure
     * @param seasonId only this season, or null for every season
     */
    @Transactional
    public SeriesRollup rollup(long seriesId, Long seasonId, LongPredicate visible) {
        Series found = series.get(seriesId);
        List<Season> seasons = series.seasons(seriesId).stream()
                .filter(s -> seasonId == null || s.id.equals(seasonId))
                .toList();
        if (seasonId != null && seasons.isEmpty()) {
            throw NotFoundException.of("Season", seasonId);
        }
        List<Production> episodes = series
                .episodes(seasons.stream().map(s -> s.id).toList())
                .stream()
                .filter(p -> visible.test(p.id))
                .toList();
        Map<Long, ProductionVerdict> verdicts =
                clearance.evaluateAll(episodes.stream().map(p -> p.id).toList());
        Currency currency = found.currency();
        List<SeasonLine> lines = new ArrayList<>();
        for (Season season : seasons) {
            List<EpisodeLine> episodeLines = new ArrayList<>();
            Money budgets = Money.zero(currency);
            Money projected = Money.zero(currency);
            Money committed = Money.zero(currency);
            int other = 0;
            for (Production episode : episodes) {
                if (!episode.season.id.equals(season.id)) {
                    continue;
                }
                ProductionVerdict verdict = verdicts.get(episode.id);
                episodeLines.add(line(episode, verdict));
                if (!episode.currency().equals(currency)) {
                    other++;
                    continue;
                }
                if (episode.budget() != null) {
                    budgets = budgets.plus(episode.budget());
                }
                if (verdict != null) {
                    projected = projected.plus(verdict.budget().projected());
                    committed = committed.plus(verdict.budget().committed());
                }
            }
            lines.add(new SeasonLine(
                    season.id,
                    season.number,
                    season.label(),
                    season.version,
                    season.budget(),
                    budgets,
                    projected,
                    committed,
                    other,
                    episodeLines));
        }
        return new SeriesRollup(found.id, found.title, found.currency, lines);
    }

    private static EpisodeLine line(Production episode, ProductionVerdict verdict) {
        List<String> expiring = new ArrayList<>();
        int active = 0;
        int cleared = 0;
        int blocked = 0;
        int atRisk = 0;
        if (verdict != null) {
            active = verdict.activeCues();
            cleared = verdict.clearedCues();
            blocked = verdict.countsByStatus().get(CueStatus.BLOCKED);
            atRisk = verdict.countsByStatus().get(CueStatus.AT_RISK);
            for (CueVerdict cue : verdict.cues()) {
                if (!cue.active()) {
                    continue;
                }
                for (Problem problem : cue.problems()) {
                    if (EXPIRING.contains(problem.code())) {
                        expiring.add(cue.number() + ": " + problem.message());
                    }
                }
            }
        }
        return new EpisodeLine(
                episode.id,
                episode.displayTitle(),
                episode.episodeOrder,
                episode.episodeNumber,
                active,
                cleared,
                blocked,
                atRisk,
                episode.budget(),
                verdict == null ? null : verdict.budget().projected(),
                expiring);
    }
}
