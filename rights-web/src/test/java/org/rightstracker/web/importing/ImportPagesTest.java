package org.rightstracker.web.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.work.Work;
import org.rightstracker.web.security.Role;
import org.rightstracker.web.security.Team;

/** The import screens: upload, a preview that changes nothing, a commit; and the refusals. */
@QuarkusTest
class ImportPagesTest {

    static final Path FIXTURES = Path.of("../rights-core/src/test/resources/importing/cwr");
    static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    Team team;

    @BeforeEach
    void team() {
        team.ensure();
    }

    @Test
    void aCwrFileIsPreviewedWithoutChangesThenCommitted() throws IOException {
        Session session = Session.open(Team.user(Role.SUPERVISOR), "/imports");
        Response upload = session.multipart(
                "/imports/cwr", "nwrexample2.V21", Files.readAllBytes(FIXTURES.resolve("nwrexample2.V21")));
        assertThat(upload.statusCode()).isEqualTo(303);
        String preview = upload.header("Location");
        assertThat(preview).contains("/imports/cwr/");

        long worksBefore = Work.count("upper(title) = 'THE WORK'");
        Response page = session.get(preview);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body().asString()).contains("THE WORK").contains("THE PUBLISHER");
        assertThat(Work.count("upper(title) = 'THE WORK'")).isEqualTo(worksBefore);

        Response commit = session.post(preview + "/commit", page.body().asString());
        assertThat(commit.statusCode()).isEqualTo(303);
        assertThat(commit.header("Location")).contains("/imports/done");
        assertThat(Work.count("upper(title) = 'THE WORK'")).isEqualTo(Math.max(worksBefore, 1));
    }

    @Test
    void aLongFileListsItsFirstWorksWithALinkToAllOfThem() throws IOException {
        int works = ImportPages.Shown.ROWS + 1;
        Session session = Session.open(Team.user(Role.SUPERVISOR), "/imports");
        Response upload = session.multipart("/imports/cwr", "long.V21", longFile(works));
        String preview = upload.header("Location");

        org.jsoup.nodes.Document page =
                org.jsoup.Jsoup.parse(session.get(preview).body().asString());
        var worksTable = page.select("table.list:has(caption:contains(Works)) tbody tr");
        assertThat(worksTable).hasSize(ImportPages.Shown.ROWS);
        assertThat(page.select("caption:contains(Works)").text()).contains(works + " new");
        assertThat(page.select("a[href$=?all=true]").text()).isEqualTo("Show all " + works + " works and 4 parties");
        assertThat(page.select("p:has(a[href$=?all=true])").text())
                .startsWith("This file is long: the works table lists the first 500 of its 501 works. The counts");
        assertThat(page.select("form[action$=/commit] button").text()).isEqualTo("Import");

        org.jsoup.nodes.Document all =
                org.jsoup.Jsoup.parse(session.get(preview + "?all=true").body().asString());
        assertThat(all.select("table.list:has(caption:contains(Works)) tbody tr"))
                .hasSize(works);
        assertThat(all.select("tbody td").eachText()).contains("THE WORK " + works);
        assertThat(all.select("a[href$=?all=true]")).isEmpty();
    }

    /** The fixture's one work registered {@code count} times under numbered titles, with correct counts. */
    static byte[] longFile(int count) throws IOException {
        List<String> lines = Files.readAllLines(FIXTURES.resolve("nwrexample2.V21"), StandardCharsets.ISO_8859_1);
        List<String> transaction = lines.subList(2, lines.size() - 2);
        StringBuilder file = new StringBuilder();
        file.append(lines.get(0)).append("\r\n").append(lines.get(1)).append("\r\n");
        for (int i = 1; i <= count; i++) {
            String sequence = String.format("%08d", i - 1);
            for (String line : transaction) {
                String numbered = line.substring(0, 3) + sequence + line.substring(11);
                if (numbered.startsWith("NWR")) {
                    numbered = numbered.substring(0, 19)
                            + String.format("%-60s", "THE WORK " + i)
                            + numbered.substring(79);
                }
                file.append(numbered).append("\r\n");
            }
        }
        int records = count * transaction.size();
        file.append(String.format("GRT00001%08d%08d", count, records + 2)).append("\r\n");
        file.append(String.format("TRL00001%08d%08d", count, records + 4)).append("\r\n");
        return file.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void theCueListImportOffersOnlyTheProductionsOfTheSupervisorsTeam() {
        Session session = Session.open(Team.user(Role.SUPERVISOR), "/imports");
        var offered = org.jsoup.Jsoup.parse(session.get("/imports").body().asString())
                .select("select option")
                .eachText();
        assertThat(offered)
                .anyMatch(title -> title.contains(Team.OWN_TITLE))
                .noneMatch(title -> title.contains(Team.OTHER_TITLE));
    }

    @Test
    void theDefectiveCwrFileShowsItsProblemsAndCannotBeCommitted() throws IOException {
        Session session = Session.open(Team.user(Role.SUPERVISOR), "/imports");
        Response upload = session.multipart(
                "/imports/cwr", "demo.v22", Files.readAllBytes(FIXTURES.resolve("demo_cwr_cleaned.v22")));
        String html = session.get(upload.header("Location")).body().asString();
        assertThat(html).contains("REV").contains("T-012.345.678-9").contains("125");
        Response commit = session.post(upload.header("Location") + "/commit", html);
        assertThat(commit.statusCode()).isBetween(400, 499);
    }

    @Test
    void emptyAndBinaryFilesAreRefusedWithAClearMessage() {
        Session session = Session.open(Team.user(Role.SUPERVISOR), "/imports");
        Response empty = session.multipart("/imports/cwr", "empty.V21", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body().asString()).containsIgnoringCase("empty");
        Response binary =
                session.multipart("/imports/cwr", "image.V21", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertThat(binary.statusCode()).isEqualTo(415);
    }

    @Test
    void onlySupervisorsAndAdministratorsImportAndOnlyAdministratorsBackUp() {
        for (Role role : new Role[] {Role.VIEWER, Role.PRODUCER}) {
            given().auth()
                    .preemptive()
                    .basic(Team.user(role), Team.PASSWORD)
                    .get("/imports")
                    .then()
                    .statusCode(403);
        }
        given().auth()
                .preemptive()
                .basic(Team.user(Role.SUPERVISOR), Team.PASSWORD)
                .get("/imports")
                .then()
                .statusCode(200);
        given().auth()
                .preemptive()
                .basic(Team.user(Role.SUPERVISOR), Team.PASSWORD)
                .get("/backup")
                .then()
                .statusCode(403);
        given().auth()
                .preemptive()
                .basic(Team.user(Role.ADMIN), Team.PASSWORD)
                .get("/backup")
                .then()
                .statusCode(200);
    }

    @Test
    void theBackupDownloadsAsAZipAndIsNotRestoredOverExistingData() {
        Response download = given().auth()
                .preemptive()
                .basic(Team.user(Role.ADMIN), Team.PASSWORD)
                .get("/backup/download");
        assertThat(download.statusCode()).isEqualTo(200);
        byte[] zip = download.asByteArray();
        assertThat(zip[0]).isEqualTo((byte) 'P');
        assertThat(zip[1]).isEqualTo((byte) 'K');
        Session admin = Session.open(Team.user(Role.ADMIN), "/backup");
        Response restore = admin.multipart("/backup/restore", "backup.zip", zip);
        assertThat(restore.statusCode()).isEqualTo(409);
        assertThat(restore.body().asString()).contains("already holds data");
    }

    /** A signed-in browser session with its CSRF cookie and token, as the pages hand them out. */
    record Session(String user, String csrfCookie, String token) {

        static Session open(String user, String formPage) {
            Response page =
                    given().auth().preemptive().basic(user, Team.PASSWORD).get(formPage);
            assertThat(page.statusCode()).isEqualTo(200);
            return new Session(
                    user, page.cookie("csrf-token"), token(page.body().asString()));
        }

        RequestSpecification request() {
            return given().auth()
                    .preemptive()
                    .basic(user, Team.PASSWORD)
                    .cookie("csrf-token", csrfCookie)
                    .redirects()
                    .follow(false);
        }

        Response multipart(String path, String fileName, byte[] content) {
            return request()
                    .multiPart("csrf-token", token)
                    .multiPart("file", fileName, content, "application/octet-stream")
                    .post(path);
        }

        Response get(String path) {
            return request().get(path);
        }

        Response post(String path, String pageWithToken) {
            return request().formParam("csrf-token", token(pageWithToken)).post(path);
        }

        static String token(String html) {
            Matcher matcher = TOKEN.matcher(html);
            assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
            return matcher.group(1);
        }
    }
}
