package org.rightstracker.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.catalogue.CatalogueSearch;
import org.rightstracker.web.security.ProductionAccess;

/** The site-wide search as JSON: what the header's search box finds, grouped by kind. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchApi {

    static final int PER_KIND = 25;

    @Inject
    CatalogueSearch search;

    @Inject
    ProductionAccess access;

    /** One hit: what it is, its id, its name as people read it, and the address of its page. */
    public record Hit(String kind, long id, String label, String detail, String href) {}

    /** The hits of each kind, at most 25 each, alphabetical (accents sort with their letter). */
    public record SearchResultsDto(
            String q,
            List<Hit> works,
            List<Hit> recordings,
            List<Hit> parties,
            List<Hit> cues,
            List<Hit> productions) {}

    @GET
    @Operation(
            summary = "Search works, recordings, parties, cues and productions",
            description = "Matches titles, alternate titles, names, artists and cue numbers ignoring case and"
                    + " accents (\"lumiere\" finds \"Éditions Lumière\"), and ISWC, ISRC and IPI numbers with or"
                    + " without punctuation. Cues and productions only of productions the caller may see.")
    public SearchResultsDto search(
            @Parameter(
                            description =
                                    "What to look for: every word must match, in any order, case and accents aside; or a whole ISWC, ISRC, IPI or cue number. Blank finds nothing")
                    @QueryParam("q")
                    String q) {
        CatalogueSearch.Results found = search.search(
                q == null ? "" : q,
                access.visibleProductions().stream().map(p -> p.id).toList(),
                PER_KIND);
        return new SearchResultsDto(
                found.query(),
                found.works().stream()
                        .map(w -> new Hit("work", w.id, w.title, w.iswc, "/works/" + w.id))
                        .toList(),
                found.recordings().stream()
                        .map(r -> new Hit("recording", r.id, r.title, r.artist, "/recordings/" + r.id))
                        .toList(),
                found.parties().stream()
                        .map(p -> new Hit("party", p.id, p.name, p.ipiNameNumber, "/parties/" + p.id))
                        .toList(),
                found.cues().stream()
                        .map(c -> new Hit(
                                "cue", c.id, c.number + " " + c.title, c.production.displayTitle(), "/cues/" + c.id))
                        .toList(),
                found.productions().stream()
                        .map(p -> new Hit("production", p.id, p.displayTitle(), null, "/productions/" + p.id))
                        .toList());
    }
}
