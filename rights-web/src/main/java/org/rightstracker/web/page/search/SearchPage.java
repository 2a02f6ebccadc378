package org.rightstracker.web.page.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;
import org.rightstracker.core.catalogue.CatalogueSearch;
import org.rightstracker.web.security.ProductionAccess;

/**
 * The results of the search box in every page's header ({@code GET /search?q=}): works, recordings,
 * parties, and the cues and productions of the productions the user may see, grouped by kind.
 */
@Path("/search")
public class SearchPage {

    /** Hits shown per kind; the catalogue lists page further. */
    static final int PER_KIND = 25;

    @Inject
    CatalogueSearch search;

    @Inject
    ProductionAccess access;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(String q, CatalogueSearch.Results results, int perKind);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance results(@RestQuery String q) {
        String query = q == null ? "" : q.strip();
        return Templates.results(
                query,
                search.search(
                        query,
                        access.visibleProductions().stream().map(p -> p.id).toList(),
                        PER_KIND),
                PER_KIND);
    }
}
