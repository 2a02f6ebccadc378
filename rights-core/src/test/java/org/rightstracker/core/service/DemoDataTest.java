package org.rightstracker.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.clearance.ProductionClearance;
import org.rightstracker.core.clearance.engine.CueStatus;
import org.rightstracker.core.clearance.engine.CueVerdict;
import org.rightstracker.core.clearance.engine.ProductionVerdict;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.demo.DemoData;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.production.ProductionKind;
import org.rightstracker.core.score.ScoreBoard;
import org.rightstracker.core.score.ScoreOverview;

@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demoData;

    @Inject
    ProductionClearance clearance;

    @Inject
    ScoreBoard board;

    @Test
    void theDemoFilmShowsEveryClearanceStateAndLoadsOnlyOnce() {
        // Other tests share this database and some load the demo too; it can exist only once (unique IPIs).
        if (Party.findByIpiNameNumber("35771278251").isEmpty()) {
            demoData.load();
        }

        Production film = Production.<Production>find("title", "Northern Lights Over Harrow")
                .firstResult();
        ProductionVerdict verdict = clearance.evaluate(film.id);
        Set<CueStatus> statuses =
                verdict.cues().stream().map(CueVerdict::status).collect(Collectors.toSet());
        assertThat(statuses).isEqualTo(EnumSet.allOf(CueStatus.class));
        assertThat(verdict.cues().stream().filter(c -> c.origin() == CueOrigin.SCORE))
                .hasSize(12);
        assertThat(verdict.cues().stream().filter(c -> c.origin() != CueOrigin.SCORE))
                .hasSizeGreaterThanOrEqualTo(9);
        assertThat(verdict.cues()).anySatisfy(c -> assertThat(c.origin()).isEqualTo(CueOrigin.LIBRARY));
        assertThat(verdict.cues()).anySatisfy(c -> assertThat(c.origin()).isEqualTo(CueOrigin.PUBLIC_DOMAIN));
        assertThat(Production.count("kind", ProductionKind.EPISODE)).isEqualTo(1);

        // The MFN example of DESIGN.md, as the demo records it on 2M14.
        CueVerdict lanterns = verdict.cues().stream()
                .filter(c -> c.number().equals("2M14"))
                .findFirst()
                .orElseThrow();
        assertThat(lanterns.budget().projected().amount()).isEqualByComparingTo("30000.00");
        assertThat(lanterns.budget().quoted().amount()).isEqualByComparingTo("24500.00");
        assertThat(lanterns.budget().mfnExposure().amount()).isEqualByComparingTo("5500.00");

        // The score: several stages, one cue back after a rejected mock-up, one session, deliverables missing.
        ScoreOverview score = board.load(film.id, java.time.LocalDate.now());
        assertThat(score.byStage())
                .extracting(ScoreOverview.StageGroup::label)
                .contains("Not started", "Spotted", "Writing", "Mock-up sent", "Recorded", "Mixed", "Delivered");
        assertThat(score.cues()).anySatisfy(c -> assertThat(c.history()).anyMatch(ScoreOverview.Step::back));
        assertThat(score.recordingSessions()).hasSize(1);
        assertThat(score.lateCues()).extracting(ScoreOverview.CueRow::number).containsExactly("2M1");
        assertThat(score.missingDeliverableCount()).isPositive();

        long cues = Cue.count();
        assertThat(demoData.loadIfEmpty()).isFalse();
        assertThat(Cue.count()).isEqualTo(cues);
    }
}
