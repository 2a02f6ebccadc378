package org.rightstracker.core.importing.edl;

import java.util.ArrayList;
import java.util.List;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueInput;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.recording.Recording;

/** Everything applying a cut will write, built by {@link EdlPlanner} and written by {@link EdlImport}. */
final class EdlPlan {

    /** One cue: of the cut ({@code clip}) and/or of the production ({@code existing}). */
    static final class Entry {
        final ClipCue clip;
        final Cue existing;
        final Recording recording;
        final String matchedBy;
        EdlAction action;
        final List<String> changes = new ArrayList<>();
        CueInput input;
        String timingBefore;
        String timingAfter;
        String usageBefore;
        String usageAfter;
        Long cueId;

        Entry(ClipCue clip, Cue existing, Recording recording, String matchedBy) {
            this.clip = clip;
            this.existing = existing;
            this.recording = recording;
            this.matchedBy = matchedBy;
            this.cueId = existing == null ? null : existing.id;
        }

        String number() {
            return input != null ? input.number() : existing.number;
        }

        String title() {
            return input != null ? input.title() : existing.title;
        }

        String lines() {
            return clip == null
                    ? ""
                    : String.join(
                            ", ", clip.lines().stream().map(String::valueOf).toList());
        }
    }

    final Production production;
    final EdlDocument document;
    final List<Entry> entries = new ArrayList<>();
    final List<EdlProblem> problems = new ArrayList<>();
    final List<UnmatchedClip> unmatched = new ArrayList<>();
    final String basis;

    EdlPlan(Production production, EdlDocument document, String basis) {
        this.production = production;
        this.document = document;
        this.basis = basis;
        problems.addAll(document.problems());
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(EdlProblem::error);
    }
}
