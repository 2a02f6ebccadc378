package org.rightstracker.core.catalogue;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.shared.SearchWords;
import org.rightstracker.core.work.Work;

/**
 * The search behind the box in every page's header: works (title, alternate title, ISWC), recordings
 * (title, artist, ISRC), parties (name, IPI), and the cues (title, number) and productions (title) of
 * the productions the caller may see. Every word typed must be found, in any order, ignoring case and
 * accents ({@link SearchWords}); identifiers match whole, with or without their punctuation. Each kind lists at most {@code limit} hits in alphabetical order.
 */
@ApplicationScoped
public class CatalogueSearch {

    /** What one search found, by kind; each list holds at most the limit asked for. */
    public record Results(
            String query,
            List<Work> works,
            List<Recording> recordings,
            List<Party> parties,
            List<Cue> cues,
            List<Production> productions) {

        public boolean isEmpty() {
            return works.isEmpty()
                    && recordings.isEmpty()
                    && parties.isEmpty()
                    && cues.isEmpty()
                    && productions.isEmpty();
        }
    }

    public Results search(String query, Collection<Long> visibleProductionIds, int limit) {
        SearchWords words = SearchWords.of(query);
        if (words.isBlank()) {
            return new Results("", List.of(), List.of(), List.of(), List.of(), List.of());
        }
        Page page = Page.ofSize(limit);
        SearchWords.Condition work = words.where(List.of("titleKey", "alternateKey"), List.of("iswc"));
        List<Work> works = Work.<Work>find(
                        work.jpql(), Sort.by("titleKey").and("title").and("id"), work.parameters())
                .page(page)
                .list();
        SearchWords.Condition recording = words.where(List.of("titleKey", "artistKey"), List.of("isrc"));
        List<Recording> recordings = Recording.<Recording>find(
                        recording.jpql(), Sort.by("titleKey").and("title").and("id"), recording.parameters())
                .page(page)
                .list();
        SearchWords.Condition party = words.where(List.of("nameKey"), List.of("ipiNameNumber"));
        List<Party> parties = Party.<Party>find(
                        party.jpql(), Sort.by("nameKey").and("name").and("id"), party.parameters())
                .page(page)
                .list();
        if (visibleProductionIds.isEmpty()) {
            return new Results(query.strip(), works, recordings, parties, List.of(), List.of());
        }
        SearchWords.Condition cue = words.where(List.of("c.titleKey"), List.of("upper(c.number)"));
        Map<String, Object> cueParameters = new HashMap<>(cue.parameters());
        cueParameters.put("visible", visibleProductionIds);
        List<Cue> cues = Cue.<Cue>find(
                        "select c from Cue c join fetch c.production p where p.id in :visible and " + cue.jpql()
                                + " order by p.titleKey, p.id, c.number, c.id",
                        cueParameters)
                .page(page)
                .list();
        SearchWords.Condition production = words.where(List.of("titleKey"), List.of());
        Map<String, Object> productionParameters = new HashMap<>(production.parameters());
        productionParameters.put("visible", visibleProductionIds);
        List<Production> productions = Production.<Production>find(
                        "id in :visible and " + production.jpql(),
                        Sort.by("titleKey").and("title").and("id"),
                        productionParameters)
                .page(page)
                .list();
        return new Results(query.strip(), works, recordings, parties, cues, productions);
    }
}
