package org.rightstracker.web.page.chase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightstracker.web.page.PageFormats.shortDate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.licence.FollowUpChannel;
import org.rightstracker.core.licence.FollowUpInput;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.licence.LicenceTimeline;
import org.rightstracker.core.party.Party;
import org.rightstracker.web.page.PageWorld;
import org.rightstracker.web.page.Visitor;
import org.rightstracker.web.security.Role;

/**
 * The chase list pages: open licences grouped by licensor with the contact, sorted and filtered by plain
 * GET parameters, exported with the page's columns, and a follow-up logged from a row coming back to the
 * list. Only those who may edit the production get the follow-up form; another team's production is a 404.
 */
@QuarkusTest
class ChasePageTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Inject
    PageWorld world;

    @Inject
    LicenceService licences;

    @Inject
    LicenceTimeline timeline;

    /** Publisher A requested 20 days ago with an e-mail on file, B requested 5 days ago and chased, label not asked. */
    private PageWorld.Song chasedSong() {
        PageWorld.Song song = world.song();
        QuarkusTransaction.requiringNew().run(() -> {
            Party a = Party.findById(song.publisherA());
            a.contactName = "Anna Berg";
            a.email = "anna@a.example";
            a.phone = "+44 20 7946 0000";
        });
        long a = world.item(song.cue(), song.publisherA()).id;
        long b = world.item(song.cue(), song.publisherB()).id;
        licences.move(a, world.version(a), LicenceStatus.REQUESTED, LicenceStep.on(TODAY.minusDays(20)));
        licences.move(b, world.version(b), LicenceStatus.REQUESTED, LicenceStep.on(TODAY.minusDays(5)));
        timeline.logFollowUp(
                b, new FollowUpInput(TODAY.minusDays(3), FollowUpChannel.EMAIL, "chased", TODAY.minusDays(1)));
        return song;
    }

    @Test
    void rowsAreGroupedByLicensorWithTheirContactAndCount() {
        PageWorld.Song song = chasedSong();
        Visitor viewer = world.visitor(Role.VIEWER, song.production());

        Document page = Jsoup.parse(
                viewer.get("/productions/" + song.production() + "/chase").asString());

        assertThat(page.select("tbody.chase-group")).hasSize(3);
        assertThat(page.select("table.chase thead th").eachText())
                .as("the export's columns after its Licensor column")
                .containsExactly(
                        "Cue",
                        "Title",
                        "Side",
                        "Share",
                        "Status",
                        "Contact",
                        "Requested on",
                        "Days waiting",
                        "Last follow-up",
                        "Next follow-up",
                        "Quote expiry");
        Element a = page.selectFirst("tbody#licensor-" + song.publisherA());
        assertThat(a.selectFirst("tr.group-head").text())
                .contains("Publisher A " + song.tag())
                .contains("Anna Berg · anna@a.example · +44 20 7946 0000")
                .contains("1 open licence");
        Element row = a.selectFirst("tr[id^=chase-]");
        assertThat(cells(row))
                .containsExactly(
                        "2M14",
                        "Cue " + song.tag(),
                        "Sync",
                        "50.00%",
                        "Requested",
                        "anna@a.example · +44 20 7946 0000 (licensor)",
                        shortDate(TODAY.minusDays(20)),
                        "20",
                        "none",
                        "—",
                        "—");
        Element b = page.selectFirst("tbody#licensor-" + song.publisherB());
        assertThat(b.selectFirst("tr.group-head").text()).contains("no contact details on file");
        assertThat(b.selectFirst("tr[id^=chase-]").text())
                .contains(shortDate(TODAY.minusDays(3)) + " (E-mail)")
                .contains(shortDate(TODAY.minusDays(1)) + " · overdue");
        assertThat(page.select(".group-actions"))
                .as("a viewer is offered no group action")
                .isEmpty();

        Document supervisorPage = Jsoup.parse(world.visitor(Role.SUPERVISOR, song.production())
                .get("/productions/" + song.production() + "/chase")
                .asString());
        assertThat(supervisorPage.select(".group-actions a[href$=/bulk-steps/licensors/" + song.publisherB() + "]"))
                .as("Request all from the licensor")
                .hasSize(1);
        assertThat(supervisorPage.select(".group-actions a[href$=/letters/request?party=" + song.publisherB() + "]"))
                .as("one letter to the licensor")
                .hasSize(1);
    }

    @Test
    void sortingByDaysWaitingPutsTheLongestWaitFirstAndTheDefaultIsByLicensor() {
        PageWorld.Song song = chasedSong();
        Visitor viewer = world.visitor(Role.VIEWER, song.production());
        String list = "/productions/" + song.production() + "/chase";

        assertThat(groupIds(viewer.get(list + "?sort=waiting")))
                .containsExactly(song.publisherA(), song.publisherB(), song.label());
        assertThat(groupIds(viewer.get(list)))
                .as("Label …, Publisher A …, Publisher B …")
                .containsExactly(song.label(), song.publisherA(), song.publisherB());
        assertThat(groupIds(viewer.get(list + "?sort=next-follow-up")).get(0)).isEqualTo(song.publisherB());
    }

    @Test
    void filtersByStatusSideLicensorAndOverdueFollowUp() {
        PageWorld.Song song = chasedSong();
        Visitor viewer = world.visitor(Role.VIEWER, song.production());
        String list = "/productions/" + song.production() + "/chase";

        assertThat(groupIds(viewer.get(list + "?status=REQUESTED")))
                .containsExactlyInAnyOrder(song.publisherA(), song.publisherB());
        assertThat(groupIds(viewer.get(list + "?side=MASTER"))).containsExactly(song.label());
        assertThat(groupIds(
                        viewer.request().queryParam("licensor", "publisher b").get(list)))
                .containsExactly(song.publisherB());
        assertThat(groupIds(viewer.get(list + "?overdue=true"))).containsExactly(song.publisherB());
        Document none = Jsoup.parse(viewer.get(list + "?status=APPROVED").asString());
        assertThat(none.select(".empty").text())
                .contains("No licence matches these filters")
                .contains("3 open licences in all");
        Document form =
                Jsoup.parse(viewer.get(list + "?status=QUOTED&overdue=true").asString());
        assertThat(form.selectFirst("#chase-status option[selected]").val()).isEqualTo("QUOTED");
        assertThat(form.selectFirst("input[name=overdue]").hasAttr("checked")).isTrue();
    }

    @Test
    void unknownSortFilterOrFormatValuesAre400NamingTheParameter() {
        PageWorld.Song song = world.song();
        Visitor viewer = world.visitor(Role.VIEWER, song.production());
        String list = "/productions/" + song.production() + "/chase";

        for (Map.Entry<String, String> bad : Map.of(
                        "sort", "?sort=price",
                        "status", "?status=LICENSED",
                        "side", "?side=LYRICS",
                        "overdue", "?overdue=maybe",
                        "format", "?format=pdf",
                        "licensor", "?licensor=" + "x".repeat(201))
                .entrySet()) {
            Response answer = viewer.get(list + bad.getValue());
            assertThat(answer.statusCode()).as(bad.getKey()).isEqualTo(400);
            assertThat(Jsoup.parse(answer.asString()).text()).as(bad.getKey()).contains(bad.getKey());
            Response api = viewer.get("/api/v1/chase" + bad.getValue().replace("format=pdf", "size=0"));
            assertThat(api.statusCode()).as("API " + bad.getKey()).isEqualTo(400);
        }
    }

    @Test
    void anEmptyListSaysThereIsNothingToChase() {
        Visitor viewer = world.visitor(Role.VIEWER);
        long empty = world.production(PageWorld.unique("Quiet film")).id;
        Visitor admin = world.visitor(Role.ADMIN);

        Document page =
                Jsoup.parse(admin.get("/productions/" + empty + "/chase").asString());

        assertThat(page.select(".empty h3").text()).isEqualTo("Nothing to chase");
        assertThat(page.select("table.chase")).isEmpty();
        assertThat(Jsoup.parse(viewer.get("/chase").asString())
                        .select(".empty h3")
                        .text())
                .as("a viewer on no team")
                .isEqualTo("Nothing to chase");
    }

    @Test
    void csvAndXlsxCarryThePageColumnsAndTheRows() throws IOException {
        PageWorld.Song song = chasedSong();
        Visitor viewer = world.visitor(Role.VIEWER, song.production());
        String list = "/productions/" + song.production() + "/chase?sort=waiting";

        Response csv = viewer.get(list + "&format=csv");
        Response xlsx = viewer.get(list + "&format=xlsx");

        List<String> header = List.of(
                "Licensor",
                "Cue",
                "Title",
                "Side",
                "Share",
                "Status",
                "Contact",
                "Requested on",
                "Days waiting",
                "Last follow-up",
                "Next follow-up",
                "Quote expiry");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).contains("chase-list.csv");
        List<CSVRecord> records = CSVFormat.RFC4180
                .parse(new StringReader(new String(csv.asByteArray(), StandardCharsets.UTF_8).substring(1)))
                .getRecords();
        assertThat(records.get(0).toList()).isEqualTo(header);
        assertThat(records).hasSize(4);
        assertThat(records.get(1).toList())
                .containsExactly(
                        "Publisher A " + song.tag(),
                        "2M14",
                        "Cue " + song.tag(),
                        "Sync",
                        "50.00%",
                        "Requested",
                        "anna@a.example · +44 20 7946 0000",
                        TODAY.minusDays(20).toString(),
                        "20",
                        "",
                        "",
                        "");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            List<String> cells = new ArrayList<>();
            sheet.getRow(0).forEach(c -> cells.add(text.formatCellValue(c)));
            assertThat(cells).isEqualTo(header);
            Row second = sheet.getRow(2);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("Publisher B " + song.tag());
            assertThat(second.getCell(8).getNumericCellValue()).isEqualTo(5.0);
            assertThat(second.getCell(9).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(TODAY.minusDays(3));
            assertThat(second.getCell(10).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(TODAY.minusDays(1));
        }
        Response all = viewer.get("/chase?format=csv");
        assertThat(new String(all.asByteArray(), StandardCharsets.UTF_8))
                .as("across productions the production is a column")
                .contains("Licensor,Production,Cue,");
    }

    @Test
    void aFollowUpLoggedFromTheListComesBackToTheListAndShowsInTheRow() {
        PageWorld.Song song = chasedSong();
        long a = world.item(song.cue(), song.publisherA()).id;
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        String list = "/productions/" + song.production() + "/chase?sort=waiting";
        Document page = Jsoup.parse(supervisor.get(list).asString());
        Element form = page.selectFirst("tr#chase-" + a + " form");
        assertThat(form.attr("action")).isEqualTo("/clearance-items/" + a + "/follow-ups");
        String back = form.selectFirst("input[name=back]").val();
        assertThat(back).isEqualTo(list + "#chase-" + a);

        Response logged = supervisor.post(
                form.attr("action"),
                Map.of(
                        "on",
                        TODAY.minusDays(1).toString(),
                        "channel",
                        "PHONE",
                        "note",
                        "Anna will answer on Monday",
                        "nextFollowUpOn",
                        TODAY.plusDays(4).toString(),
                        "back",
                        back));

        assertThat(logged.statusCode()).isEqualTo(303);
        assertThat(logged.header("Location")).endsWith(back);
        Document after = Jsoup.parse(supervisor.follow(logged).asString());
        assertThat(after.select("#messages").text()).contains("Logged a follow-up with Publisher A " + song.tag());
        assertThat(after.selectFirst("tr#chase-" + a).text())
                .contains(shortDate(TODAY.minusDays(1)) + " (Phone)")
                .contains(shortDate(TODAY.plusDays(4)));
    }

    @Test
    void aReturnAddressOutsideTheSiteIsIgnoredAndARefusedFollowUpKeepsTheWayBack() {
        PageWorld.Song song = world.song();
        long a = world.item(song.cue(), song.publisherA()).id;
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        String list = "/productions/" + song.production() + "/chase";

        for (String elsewhere : List.of("https://evil.example/", "//evil.example/x", "/\\evil.example")) {
            Response logged = supervisor.post(
                    "/clearance-items/" + a + "/follow-ups",
                    Map.of(
                            "on",
                            TODAY.toString(),
                            "channel",
                            "EMAIL",
                            "note",
                            "",
                            "nextFollowUpOn",
                            "",
                            "back",
                            elsewhere));
            assertThat(logged.statusCode()).isEqualTo(303);
            assertThat(logged.header("Location")).as(elsewhere).contains("/cues/" + song.cue());
        }
        Response refused = supervisor.post(
                "/clearance-items/" + a + "/follow-ups",
                Map.of("on", TODAY.toString(), "channel", "", "note", "", "nextFollowUpOn", "", "back", list));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document cuePage = Jsoup.parse(refused.asString());
        assertThat(cuePage.select("form[action=/clearance-items/" + a + "/follow-ups] input[name=back]")
                        .val())
                .isEqualTo(list);
    }

    @Test
    void onlyThoseWhoMayEditTheProductionGetTheFollowUpFormAndOtherTeamsSeeNothing() {
        PageWorld.Song song = chasedSong();
        PageWorld.Song others = chasedSong();
        String list = "/productions/" + song.production() + "/chase";

        for (Role role : Role.values()) {
            Visitor visitor = world.visitor(role, song.production());
            Document page = Jsoup.parse(visitor.get(list).asString());
            boolean mayEdit = role == Role.ADMIN || role == Role.SUPERVISOR;
            assertThat(page.select("form[action$=/follow-ups]")).as(role.name()).hasSize(mayEdit ? 3 : 0);
            if (role != Role.ADMIN) {
                assertThat(visitor.get("/productions/" + others.production() + "/chase")
                                .statusCode())
                        .as(role + " on another team's production")
                        .isEqualTo(404);
                assertThat(visitor.get("/api/v1/productions/" + others.production() + "/chase")
                                .statusCode())
                        .isEqualTo(404);
                assertThat(visitor.get("/chase").asString())
                        .as(role + " across productions")
                        .contains(song.tag())
                        .doesNotContain(others.tag());
            }
        }
    }

    @Test
    void theApiServesTheSameRowsInTheSameOrder() {
        PageWorld.Song song = chasedSong();
        Visitor viewer = world.visitor(Role.VIEWER, song.production());
        long a = world.item(song.cue(), song.publisherA()).id;

        Response answer = viewer.get("/api/v1/productions/" + song.production() + "/chase?sort=waiting");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.jsonPath().getInt("total")).isEqualTo(3);
        assertThat(answer.jsonPath().getList("items.partyId", Long.class))
                .containsExactly(song.publisherA(), song.publisherB(), song.label());
        assertThat(answer.jsonPath().getLong("items[0].itemId")).isEqualTo(a);
        assertThat(answer.jsonPath().getString("items[0].contact")).isEqualTo("anna@a.example · +44 20 7946 0000");
        assertThat(answer.jsonPath().getInt("items[0].daysWaiting")).isEqualTo(20);
        assertThat(answer.jsonPath().getDouble("items[0].syncShare")).isEqualTo(50.0);
        assertThat(answer.jsonPath().getString("items[0].masterShare")).isNull();
        assertThat(answer.jsonPath().getBoolean("items[1].followUpOverdue")).isTrue();
        assertThat(viewer.get("/api/v1/chase?overdue=true").jsonPath().getList("items.partyId", Long.class))
                .containsExactly(song.publisherB());
    }

    private static List<Long> groupIds(Response response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.asString()).select("tbody.chase-group").stream()
                .map(t -> Long.parseLong(t.id().substring("licensor-".length())))
                .toList();
    }

    private static List<String> cells(Element row) {
        List<String> cells = new ArrayList<>(row.select("> td").eachText());
        return cells.subList(0, Math.min(cells.size(), 11));
    }

    @Test
    void aLicensorWhoHasQuotedOnEverythingIsOfferedNoRequestLetter() {
        PageWorld.Song song = chasedSong();
        long label = world.item(song.cue(), song.label()).id;
        licences.move(label, world.version(label), LicenceStatus.REQUESTED, LicenceStep.on(TODAY.minusDays(9)));
        licences.move(label, world.version(label), LicenceStatus.QUOTED, LicenceStep.quote(null, "4000", "USD"));
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());

        Document page = Jsoup.parse(
                supervisor.get("/productions/" + song.production() + "/chase").asString());

        assertThat(page.select(".group-actions a[href$=/letters/request?party=" + song.label() + "]"))
                .as("nothing left to request from the label: the letter page would refuse it")
                .isEmpty();
        assertThat(page.select(".group-actions a[href$=/bulk-steps/licensors/" + song.label() + "]"))
                .hasSize(1);
        assertThat(page.select(".group-actions a[href$=/letters/request?party=" + song.publisherA() + "]"))
                .hasSize(1);
        assertThat(supervisor
                        .get("/productions/" + song.production() + "/letters/request?party=" + song.publisherA())
                        .statusCode())
                .as("the letter a shown link leads to")
                .isEqualTo(200);
    }
}
