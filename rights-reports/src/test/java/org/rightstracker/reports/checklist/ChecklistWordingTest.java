package org.rightstracker.reports.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rightstracker.reports.DemoFilm;

/** What a cue without rights holders, or a line without a fee, says: never a misleading "0.00" or "none known". */
@QuarkusTest
class ChecklistWordingTest {

    @Inject
    DemoFilm demo;

    @Inject
    ChecklistBuilder checklists;

    @Test
    void aStudioOwnedScoreCueSaysTheStudioOwnsIt() {
        ChecklistReport report = checklists.build(demo.episodeId(), "Tester", LocalDate.now());
        ChecklistReport.CueLine score = report.cues().stream()
                .filter(cue -> cue.origin().equals("Score"))
                .findFirst()
                .orElseThrow();

        assertThat(score.holders()).isEmpty();
        assertThat(score.noHolders())
                .isEqualTo("Owned by the studio (" + report.production().studio() + "): nothing to license.");
        assertThat(ChecklistRenderer.output(report).body())
                .contains("Owned by the studio (" + report.production().studio() + ")")
                .doesNotContain("No rights holders known yet");
    }

    @Test
    void aLineWithoutAFeeSaysNotPricedInsteadOfAnAmount() {
        ChecklistReport report = checklists.build(demo.id(), "Tester", LocalDate.now());
        long unpriced = report.cues().stream()
                .flatMap(cue -> cue.holders().stream())
                .filter(holder -> !holder.obsolete() && holder.afterMfn() == null)
                .count();
        assertThat(unpriced).as("demo lines without a fee").isPositive();

        String body = ChecklistRenderer.output(report).body();
        int shown = body.split("not priced", -1).length - 1;
        assertThat(shown).isEqualTo(unpriced);
    }
}
