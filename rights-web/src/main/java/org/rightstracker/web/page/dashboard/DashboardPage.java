package org.rightstracker.web.page.dashboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rightstracker.core.chase.ChaseList;
import org.rightstracker.core.clearance.engine.ProductionVerdict;
import org.rightstracker.core.production.Production;
import org.rightstracker.web.security.Permissions;
import org.rightstracker.web.security.ProductionAccess;

/** The start page: the user's productions with how far their clearance has come, and what needs attention. */
@Path("/")
public class DashboardPage {

    @Inject
    ProductionAccess access;

    @Inject
    DashboardVerdicts verdicts;

    @Inject
    Permissions permissions;

    @Inject
    ChaseList chase;

    /** How long a licensor may keep a request unanswered before the dashboard says so (env RIGHTS_CHASE_WAITING_DAYS). */
    @ConfigProperty(name = "rights.chase.waiting-days", defaultValue = "14")
    int waitingDays;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(
                List<ProductionSummary> productions, List<AlertGroup> alerts, boolean canCreate);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        List<Production> visible = access.visibleProductions();
        Map<Long, ProductionVerdict> evaluated = verdicts.of(visible);
        List<ProductionSummary> summaries = visible.stream()
                .filter(p -> evaluated.containsKey(p.id))
                .map(p -> new ProductionSummary(p, evaluated.get(p.id)))
                .toList();
        List<AlertGroup> alerts = new ArrayList<>(AlertGroup.collect(summaries));
        // One statement whatever the number of productions; not cached, since a follow-up changes it
        // without touching the production's clearance revision.
        List<Long> ids = visible.stream().map(p -> p.id).toList();
        alerts.add(AlertGroup.waiting(chase.waiting(ids, LocalDate.now(), waitingDays), waitingDays));
        return Templates.index(summaries, alerts, permissions.canCreateProductions());
    }
}
