package org.rightstracker.core.catalogue;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.shared.SearchKey;
import org.rightstracker.core.shared.SearchText;
import org.rightstracker.core.work.Work;

/**
 * The search behind the box in every page's header: works (title, alternate title, ISWC), recordings
 * (title, artist, ISRC), parties (name, IPI), and the cues (title, number) and productions (title) of
 * the productions the caller may see. Text matches ignore case and accents; identifiers match with or
 * without their punctuation. Each kind lists at most {@code limit} hits in alphabetical order.
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
        String key = SearchKey.of(query);
        if (key.isEmpty()) {
            return new Results("", List.of(), List.of(), List.of(), List.of(), List.of());
        }
        String like = "%" + key + "%";
        String compact = SearchText.compact(query);
        Page page = Page.ofSize(limit);
        List<Work> works = Work.<Work>find(
                        "titleKey like ?1 or alternateKey like ?1 or iswc = ?2",
                        Sort.by("titleKey").and("title").and("id"),
                        like,
                        compact)
                .page(page)
                .list();
        List<Recording> recordings = Recording.<Recording>find(
                        "titleKey like ?1 or artistKey like ?1 or isrc = ?2",
                        Sort.by("titleKey").and("title").and("id"),
                        like,
                        compact)
                .page(page)
                .list();
        List<Party> parties = Party.<Party>find(
                        "nameKey like ?1 or ipiNameNumber = ?2",
                        Sort.by("nameKey").and("name").and("id"),
                        like,
                        compact)
                .page(page)
                .list();
        if (visibleProductionIds.isEmpty()) {
            return new Results(query.strip(), works, recordings, parties, List.of(), List.of());
        }
        List<Cue> cues = Cue.<Cue>find(
                        "select c from Cue c join fetch c.production p where p.id in ?3"
                                + " and (c.titleKey like ?1 or upper(c.number) = ?2)"
                                + " order by p.titleKey, p.id, c.number, c.id",
                        like,
                        compact,
                        visibleProductionIds)
                .page(page)
                .list();
        List<Production> productions = Production.<Production>find(
                        "id in ?2 and titleKey like ?1",
                        Sort.by("titleKey").and("title").and("id"),
                        like,
                        visibleProductionIds)
                .page(page)
                .list();
        return new Results(query.strip(), works, recordings, parties, cues, productions);
    }
}
