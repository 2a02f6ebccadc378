package org.rightstracker.web.page.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rightstracker.core.production.Production;

/**
 * The dashboard's productions as the board shows them: a production on its own, or the episodes of one
 * series together under the series' name, where the first of them would have appeared.
 *
 * @param seriesId null for a production that is no series episode
 */
public record BoardGroup(Long seriesId, String seriesTitle, List<ProductionSummary> productions) {

    static List<BoardGroup> of(List<ProductionSummary> summaries) {
        Map<Object, List<ProductionSummary>> byKey = new LinkedHashMap<>();
        Map<Object, Production> first = new LinkedHashMap<>();
        for (ProductionSummary summary : summaries) {
            Production production = summary.production();
            Object key =
                    production.season == null ? "production:" + production.id : "series:" + production.season.series.id;
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(summary);
            first.putIfAbsent(key, production);
        }
        List<BoardGroup> groups = new ArrayList<>();
        byKey.forEach((key, members) -> {
            Production production = first.get(key);
            if (production.season == null) {
                groups.add(new BoardGroup(null, null, members));
            } else {
                List<ProductionSummary> ordered = new ArrayList<>(members);
                // Within a series, in broadcast order: season, then episode order.
                ordered.sort(java.util.Comparator.comparing((ProductionSummary s) -> s.production().season.number)
                        .thenComparing(s ->
                                s.production().episodeOrder == null ? Integer.MAX_VALUE : s.production().episodeOrder));
                groups.add(new BoardGroup(production.season.series.id, production.season.series.title, ordered));
            }
        });
        return groups;
    }
}
