package org.rightstracker.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.series.Season;
import org.rightstracker.core.series.Series;
import org.rightstracker.core.shared.NotFoundException;

/**
 * Who may see which series: a series is visible when the reader sees at least one of its episodes, and
 * to everyone who may create productions while it has none yet. Its roll-up then counts only the
 * episodes the reader sees. A series nobody lets the reader see answers 404, like a production.
 */
@RequestScoped
public class SeriesAccess {

    @Inject
    ProductionAccess productions;

    @Inject
    Permissions permissions;

    public List<Series> visibleSeries() {
        List<Series> all =
                Series.listAll(io.quarkus.panache.common.Sort.by("title").and("id"));
        if (permissions.may(Permission.SEE_EVERY_PRODUCTION)) {
            return all;
        }
        Set<Long> withVisibleEpisodes = productions.visibleProductions().stream()
                .filter(p -> p.season != null)
                .map(p -> p.season.series.id)
                .collect(Collectors.toSet());
        Set<Long> withEpisodes = Production.<Production>list("season is not null").stream()
                .map(p -> p.season.series.id)
                .collect(Collectors.toSet());
        boolean mayCreate = permissions.may(Permission.CREATE_PRODUCTION);
        return all.stream()
                .filter(s -> withVisibleEpisodes.contains(s.id) || (mayCreate && !withEpisodes.contains(s.id)))
                .toList();
    }

    public Series requireVisible(long seriesId) {
        Series series = Series.findById(seriesId);
        if (series == null || !canSee(series)) {
            throw NotFoundException.of("Series", seriesId);
        }
        return series;
    }

    /** As {@link #requireVisible}, then 403 unless the role may edit productions. */
    public Series requireEditable(long seriesId) {
        Series series = requireVisible(seriesId);
        permissions.require(Permission.EDIT_PRODUCTION);
        return series;
    }

    public Season requireVisibleSeason(long seasonId) {
        Season season = Season.findById(seasonId);
        if (season == null || !canSee(season.series)) {
            throw NotFoundException.of("Season", seasonId);
        }
        return season;
    }

    /** False for a season that does not exist, or whose series the reader may not see. */
    public boolean canSeeSeason(long seasonId) {
        Season season = Season.findById(seasonId);
        return season != null && canSee(season.series);
    }

    /** Which episodes the reader's roll-ups may count. */
    public LongPredicate episodeFilter() {
        if (permissions.may(Permission.SEE_EVERY_PRODUCTION)) {
            return id -> true;
        }
        Set<Long> visible =
                productions.visibleProductions().stream().map(p -> p.id).collect(Collectors.toSet());
        return visible::contains;
    }

    private boolean canSee(Series series) {
        if (permissions.may(Permission.SEE_EVERY_PRODUCTION)) {
            return true;
        }
        List<Long> episodes = Production.<Production>list("season.series.id", series.id).stream()
                .map(p -> p.id)
                .toList();
        if (episodes.isEmpty()) {
            return permissions.may(Permission.CREATE_PRODUCTION);
        }
        return episodes.stream().anyMatch(productions::canSee);
    }
}
