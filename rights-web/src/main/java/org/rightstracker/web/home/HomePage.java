package org.rightstracker.web.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.rightstracker.core.clearance.ProductionClearance;
import org.rightstracker.core.clearance.engine.CueStatus;
import org.rightstracker.core.clearance.engine.ProductionVerdict;
import org.rightstracker.core.production.Production;
import org.rightstracker.web.security.ProductionAccess;

/** The start page: the user's productions with how far their clearance has come. */
@Path("/")
public class HomePage {

    @Inject
    ProductionAccess access;

    @Inject
    ProductionClearance clearance;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<ProductionRow> rows);
    }

    /** A production with its verdict, as one row of the start page. */
    public record ProductionRow(Production production, ProductionVerdict verdict) {

        public int count(String status) {
            return verdict.countsByStatus().get(CueStatus.valueOf(status));
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        List<ProductionRow> rows = access.visibleProductions().stream()
                .map(p -> new ProductionRow(p, clearance.evaluate(p.id)))
                .toList();
        return Templates.index(rows);
    }
}
