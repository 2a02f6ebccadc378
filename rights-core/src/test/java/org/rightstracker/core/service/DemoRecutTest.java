package org.rightstracker.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.clearance.ProductionClearance;
import org.rightstracker.core.clearance.engine.CueVerdict;
import org.rightstracker.core.clearance.engine.Problem;
import org.rightstracker.core.clearance.engine.ProblemCode;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.demo.DemoData;
import org.rightstracker.core.importing.edl.ClipAlias;
import org.rightstracker.core.importing.edl.ClipNames;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.production.Production;

@QuarkusTest
class DemoRecutTest {

    @Inject
    DemoData demoData;

    @Inject
    ProductionClearance clearance;

    @Test
    @Transactional
    void theDemoEpisodeCarriesTheEditorsCutAndTheRecutThatOutgrewItsLicensedUse() {
        // Other tests share this database and some load the demo too; it can exist only once (unique IPIs).
        if (Party.findByIpiNameNumber("35771278251").isEmpty()) {
            demoData.load();
        }

        Production episode =
                Production.<Production>find("productionNumber", "HB-104").singleResult();
        List<Cue> cues = Cue.list("production.id = ?1 order by timecodeIn", episode.id);
        assertThat(cues)
                .extracting(c -> c.number, c -> c.recording.title, c -> c.durationSeconds, c -> c.usage, c -> c.active)
                .containsExactly(
                        tuple("1M1", "Saltwater Hymn", 45, CueUsage.BI, true),
                        tuple("1M2", "Tidewater", 28, CueUsage.BI, false),
                        tuple("1M3", "Gull Song", 20, CueUsage.BV, true),
                        tuple("1M4", "Night Ferry", 25, CueUsage.VI, true));
        assertThat(cues.get(2).timecodeIn)
                .as("the gulls moved earlier in the recut")
                .isEqualTo("01:06:40:00");
        CueVerdict hymn = clearance.evaluate(episode.id).cues().stream()
                .filter(c -> c.number().equals("1M1"))
                .findFirst()
                .orElseThrow();
        // Licensed for the first cut (background instrumental up to 0:30); the recut runs 0:45.
        assertThat(hymn.isCleared()).as("licensed for the first cut only").isFalse();
        assertThat(hymn.problems()).extracting(Problem::code, Problem::message).anySatisfy(p -> {
            assertThat(p.toList().get(0)).isEqualTo(ProblemCode.USE_NOT_GRANTED);
            assertThat((String) p.toList().get(1)).contains("up to 0:30").contains("0:45");
        });
        assertThat(episode.season)
                .as("episode 4 of the demo series' first season")
                .isNotNull();
        assertThat(episode.season.number).isEqualTo(1);
        assertThat(ClipAlias.findByKey(ClipNames.key("TEMP_gulls_v2.wav")).orElseThrow().recording.title)
                .isEqualTo("Gull Song");
    }
}
