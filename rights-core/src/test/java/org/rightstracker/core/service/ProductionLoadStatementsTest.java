package org.rightstracker.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightstracker.core.service.TestCatalogue.publisher;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.clearance.ProductionClearance;
import org.rightstracker.core.clearance.engine.ProductionVerdict;
import org.rightstracker.core.cue.CueInput;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueService;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.licence.LicenceOption;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.work.Work;

/** Loading and evaluating a production costs the same statements for 10 cues as for 1,000. */
@QuarkusTest
class ProductionLoadStatementsTest {

    @Inject
    TestCatalogue catalogue;

    @Inject
    CueService cues;

    @Inject
    ProductionClearance clearance;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void evaluatingAProductionIssuesTheSameStatementsForTenCuesAsForAThousand() {
        long small = productionWith(10);
        long large = productionWith(1000);

        long smallStatements = statementsToEvaluate(small, 10);
        long largeStatements = statementsToEvaluate(large, 1000);

        assertThat(largeStatements).isEqualTo(smallStatements);
        assertThat(smallStatements).isLessThanOrEqualTo(7);
    }

    private long statementsToEvaluate(long productionId, int expectedCues) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        ProductionVerdict verdict = clearance.evaluate(productionId);
        long statements = statistics.getPrepareStatementCount();
        assertThat(verdict.cues()).hasSize(expectedCues);
        // Every cue really has its ownership and items: the count is not low because data is missing.
        assertThat(verdict.cues()).allSatisfy(c -> assertThat(c.items()).hasSize(3));
        return statements;
    }

    /** Soundtrack cues with two publishers, a label and an option each, each on its own work and recording. */
    // A thousand cues through the services can pass the default 60 s on a busy shared machine.
    @Transactional
    @TransactionConfiguration(timeout = 600)
    long productionWith(int cueCount) {
        Production film = catalogue.film(false, LocalDate.now());
        Party a = catalogue.organisation("Publisher A", PartyRole.PUBLISHER);
        Party b = catalogue.organisation("Publisher B", PartyRole.PUBLISHER);
        Party label = catalogue.organisation("Label", PartyRole.RECORD_LABEL);
        Party writer = catalogue.person("Writer");
        for (int i = 1; i <= cueCount; i++) {
            Work work = catalogue.work(writer, List.of(publisher(a, "50"), publisher(b, "50")));
            Recording recording = catalogue.recording(work, label, "100");
            var cue = cues.create(
                    film.id,
                    new CueInput(
                            (i % 9 + 1) + "M" + i,
                            "Cue " + i,
                            CueOrigin.SOUNDTRACK,
                            CueUsage.BV,
                            null,
                            null,
                            "0:30",
                            null,
                            null,
                            null,
                            null,
                            work.id,
                            recording.id,
                            true));
            LicenceOption option = new LicenceOption();
            option.item = cue.items.get(0);
            option.description = "Trailer use";
            option.exercised = false;
            cue.items.get(0).options.add(option);
        }
        return film.id;
    }
}
