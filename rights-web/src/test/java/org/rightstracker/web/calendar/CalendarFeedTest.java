package org.rightstracker.web.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.licence.LicenceOption;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.licence.LicenceTerms;
import org.rightstracker.core.licence.OptionInput;
import org.rightstracker.web.page.PageWorld;
import org.rightstracker.web.page.Visitor;
import org.rightstracker.web.security.AppUser;
import org.rightstracker.web.security.ProductionMember;
import org.rightstracker.web.security.Role;

/**
 * The calendar feed as a calendar app sees it: fetched without a session at the address from the account
 * page, parsed with ical4j's CalendarBuilder. Quote expiries, option deadlines and licence term ends of the
 * user's productions only; a renewed or revoked address answers 404 at once.
 */
@QuarkusTest
class CalendarFeedTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Inject
    PageWorld world;

    @Inject
    LicenceService licences;

    /** A quote expiring on A, an option on B, and an executed five-year licence from the label. */
    record Deadlines(PageWorld.Song song, long a, long b, long label, long option) {}

    private Deadlines deadlines() {
        PageWorld.Song song = world.song();
        long a = world.item(song.cue(), song.publisherA()).id;
        long b = world.item(song.cue(), song.publisherB()).id;
        long label = world.item(song.cue(), song.label()).id;
        licences.move(a, world.version(a), LicenceStatus.REQUESTED, LicenceStep.on(TODAY.minusDays(10)));
        licences.move(
                a,
                world.version(a),
                LicenceStatus.QUOTED,
                new LicenceStep(TODAY.minusDays(2), "3000", null, "USD", TODAY.plusDays(12), null));
        LicenceOption option = licences.addOption(
                b, world.version(b), new OptionInput("Trailer use", "500", "USD", TODAY.plusDays(40)));
        licences.move(label, world.version(label), LicenceStatus.REQUESTED, LicenceStep.on(TODAY.minusDays(30)));
        licences.move(label, world.version(label), LicenceStatus.QUOTED, LicenceStep.quote(null, "2000", "USD"));
        licences.move(label, world.version(label), LicenceStatus.APPROVED, LicenceStep.agree(null, "2000"));
        licences.updateTerms(
                label,
                world.version(label),
                new LicenceTerms(
                        "USD",
                        "2000",
                        "2000",
                        false,
                        false,
                        null,
                        "ALL_MEDIA",
                        "WORLD",
                        "",
                        LocalDate.of(2026, 1, 1),
                        5,
                        null,
                        null));
        licences.move(label, world.version(label), LicenceStatus.LICENSED, LicenceStep.on(null));
        return new Deadlines(song, a, b, label, option.id);
    }

    @Test
    void theFeedParsesAndNamesEachDeadlineWithAStableUidItsDayAndTheCuePage() throws Exception {
        Deadlines d = deadlines();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, d.song().production());
        String feed = turnOn(supervisor);

        Response answer = given().redirects().follow(false).get(URI.create(feed).getRawPath());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/calendar");
        Map<String, VEvent> events = events(answer.asString());
        String tag = d.song().tag();
        assertThat(events.keySet())
                .containsExactlyInAnyOrder(
                        "quote-expiry-item-" + d.a() + "@rights-tracker",
                        "option-deadline-option-" + d.option() + "@rights-tracker",
                        "term-end-item-" + d.label() + "@rights-tracker");
        VEvent quote = events.get("quote-expiry-item-" + d.a() + "@rights-tracker");
        assertThat(quote.getDateTimeStart().get().getDate()).isEqualTo(TODAY.plusDays(12));
        assertThat(quote.getSummary().get().getValue())
                .isEqualTo("Quote expires: Film of " + tag + ", 2M14 Cue " + tag + " — Publisher A " + tag);
        assertThat(quote.getUrl().get().getValue()).endsWith("/cues/" + d.song().cue() + "#item-" + d.a());
        assertThat(quote.getDescription().get().getValue()).contains("Licensor: Publisher A " + tag + " (Sync)");
        VEvent option = events.get("option-deadline-option-" + d.option() + "@rights-tracker");
        assertThat(option.getDateTimeStart().get().getDate()).isEqualTo(TODAY.plusDays(40));
        assertThat(option.getSummary().get().getValue()).startsWith("Option deadline (Trailer use): Film of " + tag);
        VEvent term = events.get("term-end-item-" + d.label() + "@rights-tracker");
        assertThat(term.getDateTimeStart().get().getDate())
                .as("the last day the five years cover")
                .isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(term.getSummary().get().getValue()).startsWith("Licence term ends: Film of " + tag);
        assertThat(events(given().get(URI.create(feed).getRawPath()).asString()).keySet())
                .as("the same UIDs on the next refresh")
                .isEqualTo(events.keySet());
    }

    @Test
    void anotherTeamsProductionIsAbsentAndLeavingATeamTakesItsDeadlinesOut() throws Exception {
        Deadlines ours = deadlines();
        Deadlines theirs = deadlines();
        String username = world.user(Role.SUPERVISOR, ours.song().production());
        Visitor supervisor = Visitor.signIn(username, PageWorld.PASSWORD);
        String path = URI.create(turnOn(supervisor)).getRawPath();

        Set<String> before = events(given().get(path).asString()).keySet();
        assertThat(before).contains("quote-expiry-item-" + ours.a() + "@rights-tracker");
        assertThat(before).doesNotContain("quote-expiry-item-" + theirs.a() + "@rights-tracker");

        QuarkusTransaction.requiringNew().run(() -> {
            AppUser user = AppUser.findByUsername(username).orElseThrow();
            ProductionMember.delete(
                    "userId = ?1 and productionId = ?2", user.id, ours.song().production());
        });
        assertThat(events(given().get(path).asString())).isEmpty();
    }

    @Test
    void aNewAddressRetiresTheOldOneAtOnceAndTurningOffRetiresBoth() {
        Visitor viewer = world.visitor(Role.VIEWER);
        String first = URI.create(turnOn(viewer)).getRawPath();
        assertThat(given().get(first).statusCode()).isEqualTo(200);
        assertThat(first).matches("/calendar/[A-Za-z0-9_-]{43}\\.ics");

        Response renewed = viewer.post("/account/calendar/reset", Map.of("version", version(viewer)));
        assertThat(renewed.statusCode()).isEqualTo(303);
        String second = URI.create(feedUrl(viewer)).getRawPath();

        assertThat(second).isNotEqualTo(first);
        assertThat(given().get(first).statusCode()).isEqualTo(404);
        assertThat(given().get(second).statusCode()).isEqualTo(200);
        assertThat(viewer.post("/account/calendar/off", Map.of("version", version(viewer)))
                        .statusCode())
                .isEqualTo(303);
        assertThat(given().get(second).statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(viewer.get("/account/password").asString()).select("#calendar-url"))
                .isEmpty();
        assertThat(given().get("/calendar/not-a-token.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void aStaleOrMissingVersionChangesNothing() {
        Visitor viewer = world.visitor(Role.VIEWER);
        String feed = turnOn(viewer);

        Response stale = viewer.post("/account/calendar/reset", Map.of("version", "999999"));
        Response missing = viewer.post("/account/calendar/off", Map.of());

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(feedUrl(viewer)).isEqualTo(feed);
    }

    /** Turns the visitor's feed on from the account page and returns its address as shown there. */
    private static String turnOn(Visitor visitor) {
        Document account = Jsoup.parse(visitor.get("/account/password").asString());
        assertThat(account.select("#calendar-url")).as("off at first").isEmpty();
        Response on = visitor.post(
                "/account/calendar/on",
                Map.of(
                        "version",
                        account.selectFirst("form[action=/account/calendar/on] input[name=version]")
                                .val()));
        assertThat(on.statusCode()).isEqualTo(303);
        return feedUrl(visitor);
    }

    private static String feedUrl(Visitor visitor) {
        return Jsoup.parse(visitor.get("/account/password").asString())
                .selectFirst("#calendar-url")
                .val();
    }

    private static String version(Visitor visitor) {
        return Jsoup.parse(visitor.get("/account/password").asString())
                .selectFirst("#calendar input[name=version]")
                .val();
    }

    private static Map<String, VEvent> events(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        return events.stream().collect(Collectors.toMap(e -> e.getUid().get().getValue(), e -> e));
    }
}
