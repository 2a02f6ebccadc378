package org.rightstracker.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.document.Document;
import org.rightstracker.core.document.DocumentKind;
import org.rightstracker.core.document.DocumentService;
import org.rightstracker.web.security.Role;

/**
 * Every page route against every kind of caller: team members by role, an administrator, a
 * supervisor of another team, and someone not signed in. Reading is for the team; changing is for
 * its supervisors; another team's things do not exist; anonymous callers are sent to sign in.
 */
@QuarkusTest
class PagePermissionsTest {

    static final List<String> CALLERS = List.of("ADMIN", "SUPERVISOR", "PRODUCER", "VIEWER", "OUTSIDER", "ANONYMOUS");

    @Inject
    PageWorld world;

    @Inject
    DocumentService documents;

    static PageWorld.Song song;
    static long document;
    static Map<String, Visitor> visitors;

    @BeforeEach
    void world() {
        if (song != null) {
            return;
        }
        song = world.song();
        Document attached = documents.upload(new DocumentService.Upload(
                song.cue(),
                null,
                DocumentKind.QUOTE,
                "quote.txt",
                "text/plain",
                null,
                new ByteArrayInputStream("a quote".getBytes(StandardCharsets.UTF_8))));
        document = attached.id;
        visitors = new LinkedHashMap<>();
        visitors.put("ADMIN", world.visitor(Role.ADMIN));
        visitors.put("SUPERVISOR", world.visitor(Role.SUPERVISOR, song.production()));
        visitors.put("PRODUCER", world.visitor(Role.PRODUCER, song.production()));
        visitors.put("VIEWER", world.visitor(Role.VIEWER, song.production()));
        visitors.put("OUTSIDER", world.visitor(Role.SUPERVISOR));
        visitors.put("ANONYMOUS", Visitor.anonymous());
    }

    record Route(String path, int... expected) {}

    List<Route> reads() {
        long p = song.production();
        long c = song.cue();
        return List.of(
                new Route("/", 200, 200, 200, 200, 200, 302),
                new Route("/productions/" + p, 200, 200, 200, 200, 404, 302),
                new Route("/productions/" + p + "?status=BLOCKED&sort=fee", 200, 200, 200, 200, 404, 302),
                new Route("/cues/" + c, 200, 200, 200, 200, 404, 302),
                new Route("/documents/" + document, 200, 200, 200, 200, 404, 302),
                new Route("/works", 200, 200, 200, 200, 200, 302),
                new Route("/works/" + song.work(), 200, 200, 200, 200, 200, 302),
                new Route("/recordings", 200, 200, 200, 200, 200, 302),
                new Route("/recordings/" + song.recording(), 200, 200, 200, 200, 200, 302),
                new Route("/parties", 200, 200, 200, 200, 200, 302),
                new Route("/parties/" + song.label(), 200, 200, 200, 200, 200, 302),
                new Route("/catalogue/suggest/parties?q=a", 200, 200, 200, 200, 200, 302),
                new Route("/catalogue/share-total/writer?writerShare=10", 200, 200, 200, 200, 200, 302),
                new Route("/catalogue/check/isrc?isrc=GBEMI0300013", 200, 200, 200, 200, 200, 302));
    }

    List<Route> forms() {
        long p = song.production();
        long c = song.cue();
        return List.of(
                new Route("/productions/new", 200, 200, 403, 403, 200, 302),
                new Route("/productions/" + p + "/edit", 200, 200, 403, 403, 404, 302),
                new Route("/productions/" + p + "/cues/new", 200, 200, 403, 403, 404, 302),
                new Route("/cues/" + c + "/edit", 200, 200, 403, 403, 404, 302),
                new Route("/cues/" + c + "/delete", 200, 200, 403, 403, 404, 302),
                new Route("/works/new", 200, 200, 403, 403, 200, 302),
                new Route("/works/" + song.work() + "/edit", 200, 200, 403, 403, 200, 302),
                new Route("/recordings/new", 200, 200, 403, 403, 200, 302),
                new Route("/recordings/" + song.recording() + "/edit", 200, 200, 403, 403, 200, 302),
                new Route("/parties/new", 200, 200, 403, 403, 200, 302),
                new Route("/parties/" + song.label() + "/edit", 200, 200, 403, 403, 200, 302));
    }

    @Test
    void everyCallerReadsExactlyWhatItMay() {
        assertThat(check(reads())).isEmpty();
    }

    @Test
    void onlySupervisorsAndAdministratorsOpenTheForms() {
        assertThat(check(forms())).isEmpty();
    }

    @Test
    void postsAreRefusedTheSameWayAsTheirForms() {
        long p = song.production();
        long item = world.item(song.cue(), song.label()).id;
        List<Route> posts = List.of(
                new Route("/productions/" + p, 403, 404),
                new Route("/productions/" + p + "/cues", 403, 404),
                new Route("/cues/" + song.cue(), 403, 404),
                new Route("/clearance-items/" + item + "/step", 403, 404),
                new Route("/clearance-items/" + item + "/terms", 403, 404),
                new Route("/clearance-items/" + item + "/options", 403, 404),
                new Route("/documents/" + document + "/delete", 403, 404),
                new Route("/works", 403, 400),
                new Route("/parties/" + song.label(), 403, 400));
        List<String> wrong = new ArrayList<>();
        for (Route route : posts) {
            int viewer = visitors.get("VIEWER")
                    .post(route.path(), Map.of("version", "0"))
                    .statusCode();
            int outsider = visitors.get("OUTSIDER")
                    .post(route.path(), Map.of("version", "0"))
                    .statusCode();
            if (viewer != route.expected()[0] || outsider != route.expected()[1]) {
                wrong.add(route.path() + ": viewer " + viewer + ", outsider " + outsider);
            }
            int anonymous = Visitor.anonymous()
                    .post(route.path(), Map.of("version", "0"))
                    .statusCode();
            if (anonymous != 302) {
                wrong.add(route.path() + ": anonymous " + anonymous);
            }
        }
        assertThat(wrong).isEmpty();
    }

    private List<String> check(List<Route> routes) {
        List<String> wrong = new ArrayList<>();
        for (Route route : routes) {
            for (int i = 0; i < CALLERS.size(); i++) {
                var response = visitors.get(CALLERS.get(i)).get(route.path());
                if (response.statusCode() != route.expected()[i]) {
                    wrong.add(route.path() + " as " + CALLERS.get(i) + ": expected " + route.expected()[i] + ", got "
                            + response.statusCode());
                } else if (response.statusCode() == 302) {
                    assertThat(response.header("Location")).endsWith("/login");
                }
            }
        }
        return wrong;
    }
}
