package org.rightstracker.web.page.chase;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.licence.FollowUpChannel;
import org.rightstracker.core.licence.FollowUpInput;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.licence.LicenceTimeline;
import org.rightstracker.web.page.PageWorld;
import org.rightstracker.web.page.Visitor;
import org.rightstracker.web.security.Role;

/**
 * The dashboard's "Waiting longer than N days" with N from the configuration: the test profile sets
 * rights.chase.waiting-days=10 (the default is 14), so a request 11 days old shows only if the setting counts.
 */
@QuarkusTest
class WaitingOnDashboardTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Inject
    PageWorld world;

    @Inject
    LicenceService licences;

    @Inject
    LicenceTimeline timeline;

    @Test
    void requestsUnansweredForMoreThanTheConfiguredDaysAreListedWithALinkToTheChaseList() {
        PageWorld.Song song = world.song();
        long a = world.item(song.cue(), song.publisherA()).id;
        long b = world.item(song.cue(), song.publisherB()).id;
        long label = world.item(song.cue(), song.label()).id;
        licences.move(a, world.version(a), LicenceStatus.REQUESTED, LicenceStep.on(TODAY.minusDays(11)));
        licences.move(b, world.version(b), LicenceStatus.REQUESTED, LicenceStep.on(TODAY.minusDays(9)));
        licences.move(label, world.version(label), LicenceStatus.REQUESTED, LicenceStep.on(TODAY.minusDays(30)));
        timeline.logFollowUp(label, new FollowUpInput(TODAY.minusDays(2), FollowUpChannel.PHONE, null, null));
        Visitor viewer = world.visitor(Role.VIEWER, song.production());

        Element panel = Jsoup.parse(viewer.get("/").asString()).selectFirst("section.alert-group.waiting");

        assertThat(panel.selectFirst("h3").text()).isEqualTo("Waiting longer than 10 days 1");
        assertThat(panel.select("li"))
                .singleElement()
                .satisfies(li -> assertThat(li.text())
                        .contains("Publisher A " + song.tag())
                        .contains("requested 11 days ago"));
        assertThat(panel.text()).doesNotContain("Publisher B " + song.tag()).doesNotContain("Label " + song.tag());
        assertThat(panel.select("a[href=/chase?sort=waiting]").text()).isEqualTo("Open the chase list");
        Element other =
                Jsoup.parse(world.visitor(Role.VIEWER).get("/").asString()).selectFirst("section.alert-group.waiting");
        assertThat(other.text())
                .as("another team")
                .doesNotContain(song.tag())
                .contains("No licensor has kept you waiting");
    }

    @Test
    void aFollowUpInOneProductionClearsItsAlertWhileTheOtherProductionsAlertStays() {
        PageWorld.Song first = world.song();
        PageWorld.Song second = world.song();
        long waitingLonger = world.item(first.cue(), first.publisherA()).id;
        long waitingLess = world.item(second.cue(), second.publisherA()).id;
        licences.move(
                waitingLonger,
                world.version(waitingLonger),
                LicenceStatus.REQUESTED,
                LicenceStep.on(TODAY.minusDays(40)));
        licences.move(
                waitingLess, world.version(waitingLess), LicenceStatus.REQUESTED, LicenceStep.on(TODAY.minusDays(20)));
        Visitor viewer = world.visitor(Role.VIEWER, first.production(), second.production());

        assertThat(waitingLines(viewer))
                .as("longest waiting first, across productions")
                .satisfiesExactly(
                        line -> assertThat(line).contains("Publisher A " + first.tag()),
                        line -> assertThat(line).contains("Publisher A " + second.tag()));

        // Each production's alert is kept under its own revision: the follow-up must reach the board
        // although the other production has not changed.
        timeline.logFollowUp(waitingLonger, new FollowUpInput(TODAY, FollowUpChannel.EMAIL, null, null));

        assertThat(waitingLines(viewer))
                .singleElement()
                .satisfies(line -> assertThat(line).contains("Publisher A " + second.tag()));
    }

    private static java.util.List<String> waitingLines(Visitor visitor) {
        return Jsoup.parse(visitor.get("/").asString())
                .select("section.alert-group.waiting li")
                .eachText();
    }
}
