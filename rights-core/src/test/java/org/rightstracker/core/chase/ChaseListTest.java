package org.rightstracker.core.chase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightstracker.core.service.TestCatalogue.publisher;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.licence.FollowUpChannel;
import org.rightstracker.core.licence.FollowUpInput;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.licence.LicenceTerms;
import org.rightstracker.core.licence.LicenceTimeline;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.service.TestCatalogue;
import org.rightstracker.core.work.Work;

@QuarkusTest
class ChaseListTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Inject
    TestCatalogue catalogue;

    @Inject
    LicenceService licences;

    @Inject
    LicenceTimeline timeline;

    @Inject
    ChaseList chase;

    @Inject
    EntityManagerFactory entityManagerFactory;

    /** A song cleared by two publishers (50/50) and a label: three licences. */
    record Song(
            long productionId, long cueId, ClearanceItem publisherA, ClearanceItem publisherB, ClearanceItem label) {}

    @Test
    void listsNotRequestedRequestedQuotedNegotiatingAndApprovedButNotDeniedOrWithdrawn() {
        Song song = song();
        Song other = song();
        request(song.publisherB().id, TODAY.minusDays(3));
        step(song.publisherB().id, LicenceStatus.QUOTED, TODAY.minusDays(2));
        step(song.publisherB().id, LicenceStatus.APPROVED, TODAY.minusDays(1));
        request(song.label().id, TODAY.minusDays(3));
        step(song.label().id, LicenceStatus.DENIED, TODAY.minusDays(1));
        step(other.publisherA().id, LicenceStatus.WITHDRAWN, TODAY);
        request(other.publisherB().id, TODAY.minusDays(4));
        step(other.publisherB().id, LicenceStatus.QUOTED, TODAY.minusDays(2));
        step(other.publisherB().id, LicenceStatus.NEGOTIATING, TODAY.minusDays(1));
        request(other.label().id, TODAY);

        List<ChaseRow> rows = chase.load(List.of(song.productionId(), other.productionId()), TODAY);

        assertThat(rows)
                .extracting(ChaseRow::itemId, ChaseRow::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(song.publisherA().id, LicenceStatus.NOT_REQUESTED),
                        org.assertj.core.groups.Tuple.tuple(song.publisherB().id, LicenceStatus.APPROVED),
                        org.assertj.core.groups.Tuple.tuple(other.publisherB().id, LicenceStatus.NEGOTIATING),
                        org.assertj.core.groups.Tuple.tuple(other.label().id, LicenceStatus.REQUESTED));
        assertThat(chase.load(List.of(song.productionId()), TODAY))
                .as("only the productions asked for")
                .extracting(ChaseRow::productionId)
                .containsOnly(song.productionId());
        assertThat(chase.load(List.of(), TODAY)).isEmpty();
    }

    @Test
    void aRowNamesCueLicensorSideAndShare() {
        Song song = song();

        ChaseRow a = row(song, song.publisherA().id);
        ChaseRow label = row(song, song.label().id);

        assertThat(a.cueId()).isEqualTo(song.cueId());
        assertThat(a.cueNumber()).isEqualTo("1M1");
        assertThat(a.cueTitle()).isEqualTo("Cue 1M1");
        assertThat(a.licensor()).startsWith("Chase Publisher A");
        assertThat(a.side()).isEqualTo(ClearanceSide.SYNC);
        assertThat(a.share()).isEqualTo("50.00%");
        assertThat(a.itemVersion()).isEqualTo(catalogue.item(song.publisherA().id).version);
        assertThat(label.side()).isEqualTo(ClearanceSide.MASTER);
        assertThat(label.share()).isEqualTo("100.00%");
    }

    @Test
    void theContactIsTheLicencesOwnElseTheLicensorsEmailAndPhone() {
        Song song = song();
        QuarkusTransaction.requiringNew().run(() -> {
            Party a = Party.findById(song.publisherA().party.id);
            a.contactName = "Anna Berg";
            a.email = "anna@publisher-a.example";
            a.phone = "+44 20 7946 0000";
        });
        ClearanceItem b = song.publisherB();
        licences.updateTerms(
                b.id,
                catalogue.item(b.id).version,
                new LicenceTerms(
                        "USD",
                        null,
                        null,
                        false,
                        false,
                        null,
                        "",
                        "",
                        "",
                        null,
                        null,
                        "  Ben at B, ben@b.example ",
                        null));

        ChaseRow fromParty = row(song, song.publisherA().id);
        ChaseRow own = row(song, b.id);
        ChaseRow none = row(song, song.label().id);

        assertThat(fromParty.contact()).isEqualTo("anna@publisher-a.example · +44 20 7946 0000");
        assertThat(fromParty.contactFromParty()).isTrue();
        assertThat(fromParty.partyContact()).isEqualTo("Anna Berg · anna@publisher-a.example · +44 20 7946 0000");
        assertThat(own.contact()).isEqualTo("Ben at B, ben@b.example");
        assertThat(own.contactFromParty()).isFalse();
        assertThat(none.contact()).isEmpty();
    }

    @Test
    void daysWaitingCountFromTheRequestAndOnlyOnceRequested() {
        Song song = song();
        request(song.publisherB().id, TODAY.minusDays(20));
        request(song.label().id, TODAY.minusDays(30));
        step(song.label().id, LicenceStatus.QUOTED, TODAY.minusDays(2));

        assertThat(row(song, song.publisherA().id).daysWaiting()).isNull();
        assertThat(row(song, song.publisherB().id).daysWaiting()).isEqualTo(20L);
        assertThat(row(song, song.publisherB().id).requestedOn()).isEqualTo(TODAY.minusDays(20));
        assertThat(row(song, song.label().id).daysWaiting()).isEqualTo(30L);
    }

    @Test
    void theLatestFollowUpGivesLastAndNextAndANextDayInThePastIsOverdue() {
        Song song = song();
        long b = song.publisherB().id;
        long label = song.label().id;
        request(b, TODAY.minusDays(20));
        request(label, TODAY.minusDays(20));
        followUp(b, TODAY.minusDays(5), TODAY.plusDays(2));
        followUp(b, TODAY.minusDays(10), TODAY.minusDays(3));
        followUp(label, TODAY.minusDays(6), TODAY.minusDays(1));

        ChaseRow chased = row(song, b);
        ChaseRow overdue = row(song, label);

        assertThat(chased.lastFollowUpOn())
                .as("by the day it happened, not the order typed")
                .isEqualTo(TODAY.minusDays(5));
        assertThat(chased.lastFollowUpChannel()).isEqualTo(FollowUpChannel.PHONE);
        assertThat(chased.nextFollowUpOn()).isEqualTo(TODAY.plusDays(2));
        assertThat(chased.followUpOverdue()).isFalse();
        assertThat(overdue.nextFollowUpOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(overdue.followUpOverdue()).isTrue();
        assertThat(row(song, song.publisherA().id).lastFollowUpOn()).isNull();
    }

    @Test
    void theQuoteExpiryIsShown() {
        Song song = song();
        long b = song.publisherB().id;
        request(b, TODAY.minusDays(5));
        licences.move(
                b,
                catalogue.item(b).version,
                LicenceStatus.QUOTED,
                new LicenceStep(TODAY.minusDays(1), "4000", null, "USD", TODAY.plusDays(9), null));

        assertThat(row(song, b).quoteExpiresOn()).isEqualTo(TODAY.plusDays(9));
    }

    @Test
    void filtersAndSortsGroupRowsByLicensorWithTheLongestWaitFirst() {
        Song song = song();
        request(song.publisherB().id, TODAY.minusDays(20));
        request(song.label().id, TODAY.minusDays(40));
        followUp(song.label().id, TODAY.minusDays(4), TODAY.minusDays(1));
        List<ChaseRow> rows = chase.load(List.of(song.productionId()), TODAY);

        List<ChaseGroup> byWait = ChaseGroup.of(rows, ChaseFilter.NONE, ChaseSort.WAITING);
        List<ChaseGroup> requested = ChaseGroup.of(
                rows, new ChaseFilter(Set.of(LicenceStatus.REQUESTED), Set.of(), "", false), ChaseSort.LICENSOR);
        List<ChaseGroup> overdue =
                ChaseGroup.of(rows, new ChaseFilter(Set.of(), Set.of(), "", true), ChaseSort.LICENSOR);
        List<ChaseGroup> named =
                ChaseGroup.of(rows, new ChaseFilter(Set.of(), Set.of(), "publisher b", false), ChaseSort.LICENSOR);
        List<ChaseGroup> sync = ChaseGroup.of(
                rows, new ChaseFilter(Set.of(), Set.of(ClearanceSide.SYNC), "", false), ChaseSort.LICENSOR);

        assertThat(byWait)
                .extracting(g -> g.rows().get(0).itemId())
                .containsExactly(song.label().id, song.publisherB().id, song.publisherA().id);
        assertThat(byWait).allSatisfy(g -> assertThat(g.size()).isEqualTo(1));
        assertThat(requested).hasSize(2);
        assertThat(overdue)
                .singleElement()
                .satisfies(g -> assertThat(g.partyId()).isEqualTo(song.label().party.id));
        assertThat(named)
                .singleElement()
                .satisfies(g -> assertThat(g.licensor()).startsWith("Chase Publisher B"));
        assertThat(sync)
                .extracting(ChaseGroup::partyId)
                .containsExactly(song.publisherA().party.id, song.publisherB().party.id);
    }

    @Test
    void oneLicensorsLicencesOnSeveralCuesFormOneGroup() {
        Production film = catalogue.film(false, TODAY.plusMonths(3));
        Party a = catalogue.organisation("Chase Publisher A", PartyRole.PUBLISHER);
        Party writer = catalogue.person("Writer");
        Work first = catalogue.work(writer, List.of(publisher(a, "100")));
        Work second = catalogue.work(writer, List.of(publisher(a, "100")));
        catalogue.cue(film, "1M2", CueOrigin.SOUNDTRACK, second, null);
        catalogue.cue(film, "1M1", CueOrigin.SOUNDTRACK, first, null);

        List<ChaseGroup> groups =
                ChaseGroup.of(chase.load(List.of(film.id), TODAY), ChaseFilter.NONE, ChaseSort.LICENSOR);

        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.size()).isEqualTo(2);
            assertThat(g.rows()).extracting(ChaseRow::cueNumber).containsExactly("1M1", "1M2");
            assertThat(g.productionId()).isEqualTo(film.id);
        });
    }

    @Test
    void waitingListsLicencesRequestedAndNotChasedForMoreThanTheDays() {
        Song song = song();
        Song other = song();
        request(song.publisherA().id, TODAY.minusDays(20));
        request(song.publisherB().id, TODAY.minusDays(20));
        followUp(song.publisherB().id, TODAY.minusDays(5), null);
        request(song.label().id, TODAY.minusDays(14));
        request(other.publisherA().id, TODAY.minusDays(30));
        step(other.publisherA().id, LicenceStatus.QUOTED, TODAY.minusDays(25));
        followUp(other.publisherA().id, TODAY.minusDays(16), null);
        request(other.publisherB().id, TODAY.minusDays(30));
        step(other.publisherB().id, LicenceStatus.QUOTED, TODAY.minusDays(29));
        step(other.publisherB().id, LicenceStatus.APPROVED, TODAY.minusDays(28));

        List<WaitingLicence> waiting = chase.waiting(List.of(song.productionId(), other.productionId()), TODAY, 14);

        assertThat(waiting)
                .extracting(WaitingLicence::itemId)
                .as("longest first; chased lately, requested exactly 14 days ago and approved ones left out")
                .containsExactly(other.publisherA().id, song.publisherA().id);
        assertThat(waiting.get(0).lastContactOn()).isEqualTo(TODAY.minusDays(16));
        assertThat(waiting.get(0).daysWaiting()).isEqualTo(30);
        assertThat(waiting.get(1).lastContactOn()).isEqualTo(TODAY.minusDays(20));
        assertThat(chase.waiting(List.of(song.productionId()), TODAY, 25)).isEmpty();
    }

    @Test
    void loadingCostsTheSameStatementsForOneLicenceAsForMany() {
        Song small = song();
        Production large = catalogue.film(false, TODAY.plusMonths(3));
        Party a = catalogue.organisation("Chase Publisher A", PartyRole.PUBLISHER);
        Party writer = catalogue.person("Writer");
        for (int i = 1; i <= 6; i++) {
            Work work = catalogue.work(writer, List.of(publisher(a, "100")));
            Cue cue = catalogue.cue(large, "2M" + i, CueOrigin.SOUNDTRACK, work, null);
            long item = catalogue.reload(cue.id).items.get(0).id;
            request(item, TODAY.minusDays(9));
            followUp(item, TODAY.minusDays(2), TODAY.plusDays(i));
        }
        request(small.label().id, TODAY.minusDays(9));
        followUp(small.label().id, TODAY.minusDays(2), null);

        long few = statements(() ->
                assertThat(chase.load(List.of(small.productionId()), TODAY)).hasSize(3));
        long many = statements(() -> assertThat(chase.load(List.of(large.id), TODAY))
                .hasSize(6)
                .allSatisfy(r -> assertThat(r.lastFollowUpOn()).isNotNull()));

        assertThat(many).isEqualTo(few).isEqualTo(2);
    }

    private long statements(Runnable load) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        load.run();
        return statistics.getPrepareStatementCount();
    }

    private ChaseRow row(Song song, long itemId) {
        return chase.load(List.of(song.productionId()), TODAY).stream()
                .filter(r -> r.itemId() == itemId)
                .findFirst()
                .orElseThrow();
    }

    private Song song() {
        Production film = catalogue.film(false, TODAY.plusMonths(3));
        Party a = catalogue.organisation("Chase Publisher A", PartyRole.PUBLISHER);
        Party b = catalogue.organisation("Chase Publisher B", PartyRole.PUBLISHER);
        Party label = catalogue.organisation("Chase Label", PartyRole.RECORD_LABEL);
        Work work = catalogue.work(catalogue.person("Writer"), List.of(publisher(a, "50"), publisher(b, "50")));
        Recording recording = catalogue.recording(work, label, "100");
        Cue cue = catalogue.cue(film, "1M1", CueOrigin.SOUNDTRACK, work, recording);
        List<ClearanceItem> items = catalogue.reload(cue.id).items;
        return new Song(film.id, cue.id, itemOf(items, a), itemOf(items, b), itemOf(items, label));
    }

    private static ClearanceItem itemOf(List<ClearanceItem> items, Party party) {
        return items.stream()
                .filter(i -> i.party.id.equals(party.id))
                .findFirst()
                .orElseThrow();
    }

    private void request(long itemId, LocalDate on) {
        step(itemId, LicenceStatus.REQUESTED, on);
    }

    private void step(long itemId, LicenceStatus status, LocalDate on) {
        LicenceStep step = status == LicenceStatus.QUOTED
                ? new LicenceStep(on, "1000", null, "USD", null, null)
                : LicenceStep.on(on);
        licences.move(itemId, catalogue.item(itemId).version, status, step);
    }

    private void followUp(long itemId, LocalDate on, LocalDate next) {
        timeline.logFollowUp(itemId, new FollowUpInput(on, FollowUpChannel.PHONE, "asked again", next));
    }
}
