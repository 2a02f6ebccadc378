package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V7_1__WorkflowNotesToTimeline.SplitNotes;
import db.migration.V7_1__WorkflowNotesToTimeline.StepLine;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkflowNotesSplitTest {

    @Test
    void workflowLinesBecomeStepsAndTheUsersLinesStayInOrder() {
        SplitNotes split = V7_1__WorkflowNotesToTimeline.split(
                "Call Anna first\n2026-01-05 Requested\n2026-01-20 Quoted: by e-mail, valid 30 days\nPrefers PDF\n"
                        + "2026-02-01 Approved");

        assertThat(split.steps())
                .containsExactly(
                        new StepLine(LocalDate.of(2026, 1, 5), "REQUESTED", null),
                        new StepLine(LocalDate.of(2026, 1, 20), "QUOTED", "by e-mail, valid 30 days"),
                        new StepLine(LocalDate.of(2026, 2, 1), "APPROVED", null));
        assertThat(split.userText()).isEqualTo("Call Anna first\nPrefers PDF");
    }

    @Test
    void notesOfOnlyWorkflowLinesLeaveNothing() {
        SplitNotes split =
                V7_1__WorkflowNotesToTimeline.split("2026-01-05 Requested\n\n2026-03-01 Withdrawn: not needed");

        assertThat(split.steps()).extracting(StepLine::status).containsExactly("REQUESTED", "WITHDRAWN");
        assertThat(split.userText()).isNull();
    }

    @Test
    void browserLineBreaksAreReadAndKeptForTheUsersLines() {
        SplitNotes split = V7_1__WorkflowNotesToTimeline.split("First\r\n2026-01-05 Licensed\r\nSecond\r\n");

        assertThat(split.steps()).extracting(StepLine::status).containsExactly("LICENSED");
        assertThat(split.userText()).isEqualTo("First\r\nSecond");
    }

    @Test
    void linesThatOnlyLookLikeStepsAreTheUsers() {
        String notes = "2026-13-45 Requested\n2026-03-01 Requested a call back\n2026-03-01 Not requested\n"
                + " 2026-03-01 Quoted\n2026-03-01 quoted: lower case";

        SplitNotes split = V7_1__WorkflowNotesToTimeline.split(notes);

        assertThat(split.steps()).isEmpty();
        assertThat(split.userText()).isEqualTo(notes);
    }
}
