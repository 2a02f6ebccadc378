package org.rightstracker.web.page.dashboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
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
import org.rightstracker.core.clearance.engine.ProductionVerdict;
import org.rightstracker.core.production.Production;
import org.rightstracker.web.page.RevisionCache;
import org.rightstracker.web.security.CurrentUser;
import org.rightstracker.web.security.Permissions;
import org.rightstracker.web.security.ProductionAccess;
import org.rightstracker.web.security.ProductionAccess.ProductionState;

/** The start page: the user's productions with how far their clearance has come, and what needs attention. */
@Path("/")
@ApplicationScoped
public class DashboardPage {

    @Inject
    ProductionAccess access;

    @Inject
    DashboardVerdicts verdicts;

    @Inject
    Permissions permissions;

    @Inject
    DashboardWaiting waiting;

    @Inject
    CurrentUser user;

    /** How long a licensor may keep a request unanswered before the dashboard says so (env RIGHTS_CHASE_WAITING_DAYS). */
    @ConfigProperty(name = "rights.chase.waiting-days", defaultValue = "14")
    int waitingDays;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(RawString board, boolean canCreate);

        static native TemplateInstance board(
                List<ProductionSummary> productions,
                List<BoardGroup> groups,
                List<AlertGroup> alerts,
                boolean canCreate);
    }

    /**
     * What a user's board depends on: which productions they see, each one's state, the day (expiry and
     * waiting alerts) and whether they may create productions. Anything else it shows (cues, licences,
     * follow-ups, owners) raises a production's revision when it changes.
     */
    private record BoardKey(Long userId, List<ProductionState> productions, LocalDate day, boolean canCreate) {}

    /** Rendered boards, one per recent user: the page around them (navigation, form tokens) is rendered each time. */
    private final RevisionCache<String> boards = new RevisionCache<>(64);

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        // Three columns per production decide whether the kept board still holds; the productions
        // themselves are loaded (after this read, so never older than the key) only to build a new one.
        boolean canCreate = permissions.canCreateProductions();
        LocalDate today = LocalDate.now();
        BoardKey key = new BoardKey(user.userId(), access.visibleProductionStates(), today, canCreate);
        String board = boards.get(key, () -> board(access.visibleProductions(), today, canCreate))
                .value();
        return Templates.index(new RawString(board), canCreate);
    }

    private String board(List<Production> visible, LocalDate today, boolean canCreate) {
        Map<Long, ProductionVerdict> evaluated = verdicts.of(visible);
        List<ProductionSummary> summaries = visible.stream()
                .filter(p -> evaluated.containsKey(p.id))
                .map(p -> new ProductionSummary(p, evaluated.get(p.id)))
                .toList();
        List<AlertGroup> alerts = new ArrayList<>(AlertGroup.collect(summaries));
        alerts.add(AlertGroup.waiting(waiting.of(visible, today, waitingDays), waitingDays));
        return Templates.board(summaries, BoardGroup.of(summaries), alerts, canCreate)
                .render();
    }
}
