package org.rightstracker.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.clearance.ProductionClearance;
import org.rightstracker.core.clearance.engine.CueStatus;
import org.rightstracker.core.clearance.engine.CueVerdict;
import org.rightstracker.core.clearance.engine.Problem;
import org.rightstracker.core.clearance.engine.ProductionVerdict;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.demo.DemoData;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.production.ProductionKind;
import org.rightstracker.core.score.ScoreBoard;
import org.rightstracker.core.score.ScoreOverview;
import org.rightstracker.core.series.Series;
import org.rightstracker.core.series.SeriesRollup;
import org.rightstracker.core.series.SeriesRollups;

@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demoData;

    @Inject
    ProductionClearance clearance;

    @Inject
    SeriesRollups rollups;

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
        assertThat(Production.count("kind = ?1 and title like 'Harrow Bay%'", ProductionKind.EPISODE))
                .isEqualTo(6);

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

    @Test
    void theDemoSeriesHasTwoSeasonsAndOneSeriesLicenceClearingEveryEpisodesOpeningTitles() {
        if (Party.findByIpiNameNumber("35771278251").isEmpty()) {
            demoData.load();
        }
        Series series = Series.findByTitle("Harrow Bay").orElseThrow();
        SeriesRollup rollup = rollups.rollup(series.id, null, id -> true);

        assertThat(rollup.seasons()).extracting(SeriesRollup.SeasonLine::number).containsExactly(1, 2);
        assertThat(rollup.seasons()).extracting(s -> s.episodes().size()).containsExactly(4, 2);
        List<Production> episodes = Production.list("season.series.id", series.id);
        int withTitles = 0;
        for (Production episode : episodes) {
            // Episode 104 comes from the editor's EDL (DemoRecut), whose cuts carry no opening titles.
            var titles = clearance.evaluate(episode.id).cues().stream()
                    .filter(c -> c.number().equals("0M1"))
                    .findFirst();
            if (titles.isPresent()) {
                withTitles++;
                assertThat(titles.get().status()).as(episode.title).isEqualTo(CueStatus.CLEARED);
            }
        }
        assertThat(withTitles).isEqualTo(5);
        Production sandbar =
                Production.<Production>find("title", "Harrow Bay — The Sandbar").firstResult();
        CueVerdict reprise = clearance.evaluate(sandbar.id).cues().stream()
                .filter(c -> c.number().equals("3M2"))
                .findFirst()
                .orElseThrow();
        assertThat(reprise.problems())
                .extracting(Problem::message)
                .contains("Sync licence from Harbour Songs Publishing (100.00%) is licensed for main title up to 0:45;"
                        + " the cut uses it as background vocal for 1:10.");
        // The two series deals (6,000 + 9,000) are budgeted once, in the episode they are stored in; episode
        // 104 adds its song's sync and master licences (1,500 each) for the first cut.
        assertThat(rollup.seasons().get(0).committed().amount()).isEqualByComparingTo("18000");
        assertThat(rollup.seasons().get(1).committed().amount()).isEqualByComparingTo("0");
    }
}
