package org.rightstracker.web.page.dashboard;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rightstracker.core.clearance.engine.ProductionVerdict;
import org.rightstracker.core.production.Production;
import org.rightstracker.web.page.Flash;
import org.rightstracker.web.page.RevisionCache;
import org.rightstracker.web.security.CurrentUser;
import org.rightstracker.web.security.Permissions;
import org.rightstracker.web.security.ProductionAccess;
import org.rightstracker.web.security.ProductionAccess.ProductionState;
import org.rightstracker.web.security.Role;

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

    @Inject
    Flash flash;

    @Inject
    CsrfTokenParameterProvider csrf;

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

    /**
     * What the whole page around a board depends on besides the board: the layout shows the user's name,
     * the menu of their role and the session's form token (in the sign-out form). A flash message is
     * shown once, so a page carrying one is never kept.
     */
    private record PageKey(BoardKey board, Role role, String displayName, String csrfToken) {}

    /** Rendered boards, one per recent user, shared by their sessions. */
    private final RevisionCache<String> boards = new RevisionCache<>(64);

    /**
     * Whole pages as sent, one per recent session: the start page is asked for far more often than
     * anything on it changes, and rendering the layout around a kept board cost as much as the rest of
     * the request (bench/README.md, "Dashboard: whole pages kept").
     */
    private final RevisionCache<byte[]> pages = new RevisionCache<>(64);

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response index() {
        // Three columns per production decide whether the kept board still holds; the productions
        // themselves are loaded (after this read, so never older than the key) only to build a new one.
        boolean canCreate = permissions.canCreateProductions();
        LocalDate today = LocalDate.now();
        BoardKey key = new BoardKey(user.userId(), access.visibleProductionStates(), today, canCreate);
        if (flash.message() != null) {
            return html(render(key, today, canCreate));
        }
        PageKey page = new PageKey(key, user.role(), user.displayName(), csrf.getToken());
        return html(pages.get(page, () -> render(key, today, canCreate)).value());
    }

    /** The whole page as sent, around the user's kept board (built when missing). */
    private byte[] render(BoardKey key, LocalDate today, boolean canCreate) {
        String board = boards.get(key, () -> board(access.visibleProductions(), today, canCreate))
                .value();
        return Templates.index(new RawString(board), canCreate).render().getBytes(StandardCharsets.UTF_8);
    }

    private static Response html(byte[] page) {
        return Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset(StandardCharsets.UTF_8.name()))
                .build();
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
