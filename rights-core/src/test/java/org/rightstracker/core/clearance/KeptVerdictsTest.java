package org.rightstracker.core.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightstracker.core.service.TestCatalogue.publisher;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.clearance.engine.CueStatus;
import org.rightstracker.core.clearance.engine.ProductionVerdict;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueService;
import org.rightstracker.core.licence.LicenceOption;
import org.rightstracker.core.licence.LicenceRange;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.service.TestCatalogue;
import org.rightstracker.core.work.Work;

/**
 * Verdicts brought up to date cue by cue are the verdicts of a whole evaluation, whatever is edited, and
 * they cost only the changed cues' load.
 */
@QuarkusTest
class KeptVerdictsTest {

    @Inject
    TestCatalogue catalogue;

    @Inject
    CueService cues;

    @Inject
    ProductionClearance clearance;

    @Inject
    KeptVerdicts kept;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    AgroalDataSource dataSource;

    private final List<Long> productions = new ArrayList<>();
    private final List<Long> parties = new ArrayList<>();
    private final List<Long> works = new ArrayList<>();
    private Party label;
    private Party writer;
    private int numbers;

    @BeforeEach
    void twoFilms() {
        kept.clear();
        label = catalogue.organisation("Label", PartyRole.RECORD_LABEL);
        writer = catalogue.person("Writer");
        for (int p = 0; p < 2; p++) {
            Production film = catalogue.film(false, LocalDate.now());
            productions.add(film.id);
            for (int i = 0; i < 12; i++) {
                addCue(film.id);
            }
        }
    }

    @Test
    void underRandomEditsTheKeptVerdictsAreThoseOfAWholeEvaluation() throws Exception {
        assertSameAsWhole("before any edit");
        Random random = new Random(14);
        for (int round = 1; round <= 80; round++) {
            int edit = random.nextInt(12);
            String what = edit(edit, random);
            assertSameAsWhole("round " + round + ": " + what);
        }
    }

    @Test
    void oneChangedLicenceLoadsOneCueNotTheProduction() {
        long film = productions.get(0);
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        clearance.evaluateAllForDisplay(List.of(film));
        long whole = statistics.getEntityLoadCount();

        long item = anyItem(new Random(3), film);
        QuarkusTransaction.requiringNew().run(() -> {
            ClearanceItem i = ClearanceItem.findById(item);
            i.status = LicenceStatus.DENIED;
        });
        statistics.clear();
        ProductionVerdict verdict =
                clearance.evaluateAllForDisplay(List.of(film)).get(film);
        long stepwise = statistics.getEntityLoadCount();

        assertThat(verdict.countsByStatus().get(CueStatus.BLOCKED)).isEqualTo(1);
        assertThat(verdict.cues()).hasSize(12);
        // The whole load reads 12 cues with their works, recordings, shares, items and parties; one cue's
        // a twelfth of that or so.
        assertThat(stepwise).isLessThan(whole / 4);
        assertThat(verdict).isEqualTo(clearance.evaluateAll(List.of(film)).get(film));
    }

    @Test
    void aCueWhoseRevisionDidNotMoveKeepsItsVerdictEvenWhenItsProductionsDid() throws SQLException {
        long film = productions.get(0);
        clearance.evaluateAllForDisplay(List.of(film));
        long item = anyItem(new Random(5), film);

        // A change written around the application, raising its production's revision but not its cue's:
        // proves that the cue's revision is what brings its verdict up to date.
        sql("update clearance_item set status = 'DENIED' where id = ?", item);
        sql("update production set clearance_revision = clearance_revision + 1 where id = ?", film);
        assertThat(clearance
                        .evaluateAllForDisplay(List.of(film))
                        .get(film)
                        .countsByStatus()
                        .get(CueStatus.BLOCKED))
                .isZero();

        sql(
                "update cue set clearance_revision = clearance_revision + 1 where id ="
                        + " (select cue_id from clearance_item where id = ?)",
                item);
        assertThat(clearance
                        .evaluateAllForDisplay(List.of(film))
                        .get(film)
                        .countsByStatus()
                        .get(CueStatus.BLOCKED))
                .isEqualTo(1);
    }

    private String edit(int kind, Random random) {
        long film = productions.get(random.nextInt(productions.size()));
        if (QuarkusTransaction.requiringNew().call(() -> Cue.count("production.id", film)) < 3) {
            addCue(film);
            return "a cue added to " + film + " (few left)";
        }
        switch (kind) {
            case 0 -> {
                long item = anyItem(random, film);
                LicenceStatus status = LicenceStatus.values()[random.nextInt(LicenceStatus.values().length)];
                int fee = 500 + random.nextInt(20) * 250;
                boolean mfn = random.nextBoolean();
                QuarkusTransaction.requiringNew().run(() -> {
                    ClearanceItem i = ClearanceItem.findById(item);
                    i.status = status;
                    i.feeCurrency = "USD";
                    i.quotedFee = BigDecimal.valueOf(fee);
                    i.agreedFee = status == LicenceStatus.APPROVED || status == LicenceStatus.LICENSED
                            ? BigDecimal.valueOf(fee)
                            : null;
                    i.mfn = mfn;
                    i.quoteExpiresOn = LocalDate.now().plusDays(random.nextInt(60));
                });
                return "licence " + item + " " + status + " at " + fee + (mfn ? " MFN" : "");
            }
            case 1 -> {
                long cue = anyCue(random, film);
                QuarkusTransaction.requiringNew().run(() -> {
                    Cue c = Cue.findById(cue);
                    c.active = !c.active;
                });
                return "cue " + cue + " in or out of the cut";
            }
            case 2 -> {
                long cue = anyCue(random, film);
                String number = (1 + random.nextInt(9)) + "M" + (500 + ++numbers);
                QuarkusTransaction.requiringNew().run(() -> Cue.<Cue>findById(cue).number = number);
                return "cue " + cue + " renumbered " + number;
            }
            case 3 -> {
                long party = parties.get(random.nextInt(parties.size()));
                String name = TestCatalogue.unique("Renamed Publisher");
                QuarkusTransaction.requiringNew().run(() -> Party.<Party>findById(party).name = name);
                return "publisher " + party + " renamed";
            }
            case 4 -> {
                long cue = anyCue(random, film);
                long version = QuarkusTransaction.requiringNew().call(() -> Cue.<Cue>findById(cue).version);
                cues.delete(cue, version);
                return "cue " + cue + " deleted";
            }
            case 5 -> {
                addCue(film);
                return "a cue added to " + film;
            }
            case 6 -> {
                long item = anyItem(random, film);
                int days = random.nextInt(45);
                QuarkusTransaction.requiringNew().run(() -> {
                    LicenceOption option = new LicenceOption();
                    option.item = ClearanceItem.findById(item);
                    option.description = "Trailer use";
                    option.exerciseDeadline = LocalDate.now().plusDays(days);
                    option.persist();
                });
                return "an option due in " + days + " days on licence " + item;
            }
            case 7 -> {
                QuarkusTransaction.requiringNew().run(() -> {
                    Production p = Production.findById(film);
                    p.studioOwnsScore = !p.studioOwnsScore;
                    p.budgetAmount = BigDecimal.valueOf(1_000 + random.nextInt(50) * 1_000L);
                });
                return "production " + film + " budget and score ownership";
            }
            case 8 -> {
                long work = works.get(random.nextInt(works.size()));
                QuarkusTransaction.requiringNew().run(() -> {
                    Work w = Work.findById(work);
                    w.publicDomain = !w.publicDomain;
                });
                return "work " + work + " public domain or not";
            }
            case 9 -> {
                long item = anyItem(random, film);
                LicenceRange range = random.nextBoolean() ? LicenceRange.EPISODE : LicenceRange.CUE;
                QuarkusTransaction.requiringNew().run(() -> {
                    ClearanceItem i = ClearanceItem.findById(item);
                    i.rangeKind = range;
                    i.status = LicenceStatus.LICENSED;
                    i.feeCurrency = "USD";
                    i.agreedFee = BigDecimal.valueOf(4_000);
                });
                return "licence " + item + " covers " + range;
            }
            case 10 -> {
                // The writer of every song: each cue of both productions changes, which reads them whole.
                String name = TestCatalogue.unique("Renamed Writer");
                QuarkusTransaction.requiringNew().run(() -> Party.<Party>findById(writer.id).name = name);
                return "the writer of every song renamed";
            }
            default -> {
                // Every licence reaching beyond its cue back to its cue, so the production is kept again.
                QuarkusTransaction.requiringNew()
                        .run(() -> ClearanceItem.<ClearanceItem>list(
                                        "cue.production.id = ?1 and rangeKind <> ?2", film, LicenceRange.CUE)
                                .forEach(i -> i.rangeKind = LicenceRange.CUE));
                return "production " + film + " back to cue licences";
            }
        }
    }

    private void assertSameAsWhole(String after) {
        Map<Long, ProductionVerdict> stepwise = clearance.evaluateAllForDisplay(productions);
        Map<Long, ProductionVerdict> whole = clearance.evaluateAll(productions);
        assertThat(stepwise).as(after).isEqualTo(whole);
        assertThat(stepwise.keySet()).containsExactlyElementsOf(productions);
    }

    private void addCue(long film) {
        Party a = catalogue.organisation("Publisher", PartyRole.PUBLISHER);
        Party b = catalogue.organisation("Publisher", PartyRole.PUBLISHER);
        parties.add(a.id);
        parties.add(b.id);
        Work work = catalogue.work(writer, List.of(publisher(a, "60"), publisher(b, "40")));
        works.add(work.id);
        Recording recording = catalogue.recording(work, label, "100");
        Production production = QuarkusTransaction.requiringNew().call(() -> Production.findById(film));
        catalogue.cue(production, (1 + numbers % 9) + "M" + ++numbers, CueOrigin.SOUNDTRACK, work, recording);
    }

    private static long anyCue(Random random, long film) {
        return anyOf(
                random,
                QuarkusTransaction.requiringNew()
                        .call(() -> Cue.<Cue>list("production.id = ?1 order by id", film).stream()
                                .map(c -> c.id)
                                .toList()));
    }

    private static long anyItem(Random random, long film) {
        return anyOf(
                random,
                QuarkusTransaction.requiringNew()
                        .call(() ->
                                ClearanceItem.<ClearanceItem>list("cue.production.id = ?1 order by id", film).stream()
                                        .map(i -> i.id)
                                        .toList()));
    }

    private static long anyOf(Random random, List<Long> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    private void sql(String update, long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(update)) {
            statement.setLong(1, id);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }
}
