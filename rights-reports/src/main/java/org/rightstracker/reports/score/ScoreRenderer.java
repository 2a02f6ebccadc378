package org.rightstracker.reports.score;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rightstracker.core.score.ScoreOverview;
import org.rightstracker.reports.render.FileNames;
import org.rightstracker.reports.render.ReportOutput;
import org.rightstracker.reports.render.ReportTable;
import org.rightstracker.reports.render.ReportTable.Column;

/**
 * Renders a production's {@link ScoreOverview} as the score report: one template for page, print and
 * PDF; one row per score cue for CSV and XLSX, with the minutes as totals.
 */
public final class ScoreRenderer {

    public static final String NAME = "Score production";

    private ScoreRenderer() {}

    public static ReportOutput output(ScoreOverview score) {
        return new ReportOutput(
                NAME,
                score.title(),
                FileNames.slug(score.title()) + "-score",
                () -> Templates.score(score).render(),
                () -> table(score));
    }

    @CheckedTemplate(basePath = "reports")
    static class Templates {
        static native TemplateInstance score(ScoreOverview score);
    }

    static final List<Column> COLUMNS = List.of(
            Column.text("Cue"),
            Column.text("Title"),
            Column.integer("Seconds"),
            Column.text("Stage"),
            Column.date("Since"),
            Column.date("Target"),
            Column.text("Late"),
            Column.text("Missing deliverables"),
            Column.text("Emotional intent"),
            Column.text("Director's note"));

    public static ReportTable table(ScoreOverview score) {
        List<List<Object>> rows = new ArrayList<>();
        for (ScoreOverview.CueRow cue : score.cues()) {
            rows.add(Arrays.asList(
                    cue.number(),
                    cue.title(),
                    cue.durationSeconds(),
                    cue.stageLabel(),
                    cue.stageOn(),
                    cue.targetDate(),
                    cue.late() ? "late" : "",
                    String.join(", ", cue.missingDeliverables()),
                    cue.emotionalIntent(),
                    cue.directorNote()));
        }
        ScoreOverview.Minutes minutes = score.minutes();
        List<ReportTable.Fact> about = List.of(
                new ReportTable.Fact("Production", score.title()),
                new ReportTable.Fact("Planned", minutes.planned()),
                new ReportTable.Fact("Written", minutes.written()),
                new ReportTable.Fact("Approved", minutes.approved()),
                new ReportTable.Fact("Recorded", minutes.recorded()),
                new ReportTable.Fact("Delivered", minutes.delivered()),
                new ReportTable.Fact(
                        "Late cues", Integer.toString(score.lateCues().size())),
                new ReportTable.Fact("Missing deliverables", Integer.toString(score.missingDeliverableCount())),
                new ReportTable.Fact("As of", score.today().toString()));
        return new ReportTable(NAME, COLUMNS, rows, null, about);
    }
}
