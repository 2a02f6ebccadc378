package org.rightstracker.core.importing.edl;

import java.util.List;
import org.rightstracker.core.shared.FrameRate;

/** An edit decision list as read: its title, rate, every event line and every problem by line. */
public record EdlDocument(String title, FrameRate rate, List<EdlEvent> events, List<EdlProblem> problems) {

    public EdlDocument {
        events = List.copyOf(events);
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(EdlProblem::error);
    }
}
