package org.rightstracker.web.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.licence.LicenceTimeline;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.scope.MediaSet;
import org.rightstracker.core.series.Season;
import org.rightstracker.core.series.SeasonInput;
import org.rightstracker.core.series.Series;
import org.rightstracker.core.series.SeriesInput;
import org.rightstracker.core.series.SeriesService;
import org.rightstracker.web.security.Role;

/** The one quote form on the cue page, and the same quote through the API's transitions. */
@QuarkusTest
class QuoteFormPageTest {

    @Inject
    PageWorld world;

    @Inject
    LicenceService licences;

    @Inject
    LicenceTimeline timeline;

    @Inject
    SeriesService series;

    @Test
    void theQuoteFormStartsWithTheReleasePlanAndRecordsFeeMfnScopeTermAndContactInOneStep() {
        PageWorld.Song song = world.song();
        long a = requested(song);
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        Element form = Jsoup.parse(supervisor.get("/cues/" + song.cue()).asString())
                .selectFirst("form[action=/clearance-items/" + a + "/step]");
        assertThat(form.selectFirst("input[name=territories]").val()).isEqualTo("WORLD");
        assertThat(form.selectFirst("input[name=currency]").val()).isEqualTo("USD");
        assertThat(form.selectFirst("input[name=termStart]").val()).isEqualTo("2026-01-01");
        assertThat(form.select("input[name=media][checked]").eachAttr("value")).containsExactly("ALL_MEDIA");
        long events = timeline.count(a);

        Map<String, Object> fields = new HashMap<>();
        fields.put("target", "QUOTED");
        fields.put("on", "2026-03-02");
        fields.put("quotedFee", "5000");
        fields.put("currency", "EUR");
        fields.put("quoteExpiresOn", "2026-04-01");
        fields.put("mfn", "true");
        fields.put("media", List.of("THEATRICAL", "FREE_TV"));
        fields.put("territories", "WORLD");
        fields.put("excludedTerritories", "FR");
        fields.put("termStart", "2026-01-01");
        fields.put("termYears", "");
        fields.put("contact", "Anna");
        fields.put("note", "");
        fields.put("version", Long.toString(world.version(a)));
        Response posted = supervisor.post("/clearance-items/" + a + "/step", fields);

        assertThat(posted.statusCode()).isEqualTo(303);
        ClearanceItem quoted = world.item(song.cue(), song.publisherA());
        assertThat(quoted.status).isEqualTo(LicenceStatus.QUOTED);
        assertThat(quoted.quotedFee).isEqualByComparingTo(new BigDecimal("5000"));
        assertThat(quoted.feeCurrency).isEqualTo("EUR");
        assertThat(quoted.mfn).isTrue();
        assertThat(quoted.quoteExpiresOn).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(quoted.grantedExcludedTerritories).isEqualTo("FR");
        assertThat(quoted.termStart).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(quoted.termYears).isNull();
        assertThat(quoted.contact).isEqualTo("Anna");
        assertThat(timeline.count(a)).isEqualTo(events + 1);
    }

    @Test
    void anUnreadableTermInTheQuoteFormIsRefusedAtItsFieldAndNothingIsRecorded() {
        PageWorld.Song song = world.song();
        long a = requested(song);
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        long version = world.version(a);

        Response refused = supervisor.post(
                "/clearance-items/" + a + "/step",
                Map.of(
                        "target", "QUOTED",
                        "quotedFee", "5000",
                        "territories", "WORLD",
                        "termStart", "2026-01-01",
                        "termYears", "ten",
                        "version", Long.toString(version)));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("Term in years &#39;ten&#39; is not a whole number.");
        assertThat(world.item(song.cue(), song.publisherA()).status).isEqualTo(LicenceStatus.REQUESTED);
        assertThat(world.version(a)).isEqualTo(version);
    }

    @Test
    void theApiTakesTheQuoteWithItsScopeAndContactInOneCallAndRefusesThemOnOtherSteps() {
        PageWorld.Song song = world.song();
        long a = requested(song);
        String user = world.user(Role.SUPERVISOR, song.production());
        Map<String, Object> body = new HashMap<>();
        body.put("status", "QUOTED");
        body.put("version", world.version(a));
        body.put("quotedFee", "7500");
        body.put("mfn", true);
        body.put("granted", Map.of("media", "ALL_MEDIA", "territories", "WORLD", "termStart", "2026-01-01"));
        body.put("contact", "Ben at the publisher");

        given().auth()
                .preemptive()
                .basic(user, PageWorld.PASSWORD)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/clearance-items/" + a + "/transitions")
                .then()
                .statusCode(200);

        ClearanceItem quoted = world.item(song.cue(), song.publisherA());
        assertThat(quoted.status).isEqualTo(LicenceStatus.QUOTED);
        assertThat(quoted.grantedTerritories).isEqualTo("WORLD");
        assertThat(quoted.contact).isEqualTo("Ben at the publisher");

        String refused = given().auth()
                .preemptive()
                .basic(user, PageWorld.PASSWORD)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "APPROVED", "version", world.version(a), "contact", "Someone else"))
                .post("/api/v1/clearance-items/" + a + "/transitions")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(refused).contains("\"contact\"");
        assertThat(world.item(song.cue(), song.publisherA()).status).isEqualTo(LicenceStatus.QUOTED);
    }

    @Test
    void approvingWithoutAnAgreedFeeProposesTheFigureAfterMfnAndAsksForConfirmationWhenItDiffers() {
        PageWorld.Song song = world.song();
        long a = requested(song);
        long b = world.item(song.cue(), song.publisherB()).id;
        licences.move(
                a,
                world.version(a),
                LicenceStatus.QUOTED,
                new LicenceStep(LocalDate.of(2026, 3, 2), "5000", null, "USD", null, null, true, false));
        licences.move(b, world.version(b), LicenceStatus.REQUESTED, LicenceStep.on(LocalDate.of(2026, 3, 1)));
        licences.move(
                b, world.version(b), LicenceStatus.QUOTED, LicenceStep.quote(LocalDate.of(2026, 3, 2), "7500", "USD"));
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        Element form = Jsoup.parse(supervisor.get("/cues/" + song.cue()).asString())
                .selectFirst("form[action=/clearance-items/" + a + "/step]");
        assertThat(form.text())
                .contains("Proposed: USD 7,500.00 — the fee USD 5,000.00 raised by MFN (USD 2,500.00) to match"
                        + " the best fee on this cue");
        assertThat(form.select("input[name=acceptCommitted]")).hasSize(1);

        Response refused = supervisor.post(
                "/clearance-items/" + a + "/step",
                Map.of("target", "APPROVED", "on", "2026-03-05", "version", Long.toString(world.version(a))));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("Proposed: USD 7,500.00");
        assertThat(world.item(song.cue(), song.publisherA()).status).isEqualTo(LicenceStatus.QUOTED);

        Response approved = supervisor.post(
                "/clearance-items/" + a + "/step",
                Map.of(
                        "target", "APPROVED",
                        "on", "2026-03-05",
                        "acceptCommitted", "true",
                        "version", Long.toString(world.version(a))));

        assertThat(approved.statusCode()).isEqualTo(303);
        ClearanceItem item = world.item(song.cue(), song.publisherA());
        assertThat(item.status).isEqualTo(LicenceStatus.APPROVED);
        assertThat(item.agreedFee).isEqualByComparingTo(new BigDecimal("5000"));
    }

    @Test
    void fillInTheReleasePlanOnAnEpisodeWithoutItsOwnPlanOffersTheSeriesPlanTheEngineChecks() {
        PageWorld.Song song = world.song();
        Series show = series.create(new SeriesInput(
                PageWorld.unique("Plan Series"),
                null,
                "USD",
                "THEATRICAL,FREE_TV",
                "EUROPE",
                "FR",
                LocalDate.of(2030, 1, 1),
                10,
                null));
        Season season = series.addSeason(show.id, new SeasonInput(1, null, null));
        // The song's production becomes an episode without a plan of its own: it inherits the series'.
        QuarkusTransaction.requiringNew().run(() -> {
            Production p = Production.findById(song.production());
            p.planMedia = MediaSet.of();
            p.planTerritories = "";
            p.planExcludedTerritories = "";
            p.planTermStart = null;
            p.planTermYears = null;
        });
        long version = QuarkusTransaction.requiringNew()
                .call(() -> Production.<Production>findById(song.production()).version);
        series.placeEpisode(song.production(), version, season.id, null, true);
        long a = requested(song);
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());

        Element fill = Jsoup.parse(supervisor.get("/cues/" + song.cue()).asString())
                .selectFirst("form[action=/clearance-items/" + a + "/terms] button[data-fill-plan]");

        assertThat(fill).as("the fill button of an inheriting episode").isNotNull();
        assertThat(fill.attr("data-media")).isEqualTo("THEATRICAL,FREE_TV");
        assertThat(fill.attr("data-territories")).isEqualTo("EUROPE");
        assertThat(fill.attr("data-excluded")).isEqualTo("FR");
        assertThat(fill.attr("data-start")).isEqualTo("2030-01-01");
        assertThat(fill.attr("data-years")).isEqualTo("10");
        assertThat(fill.text()).isEqualTo("Fill in the release plan (the series')");
    }

    private long requested(PageWorld.Song song) {
        long a = world.item(song.cue(), song.publisherA()).id;
        licences.move(a, world.version(a), LicenceStatus.REQUESTED, LicenceStep.on(LocalDate.of(2026, 3, 1)));
        return a;
    }
}
