package org.rightstracker.core.clearance.engine;

import java.util.List;
import java.util.Objects;

/**
 * A licence that reaches beyond the cue it is stored on: the licence in force ({@code item}, with its
 * range and cap), where it is stored ({@code home}, the anchor cue's episode), the work and recording it
 * licenses, and every active cue of the series (or production) that uses that music, wherever they are:
 * the engine decides which of them are in range and which fall beyond the cap.
 */
public record RangeLicence(ItemFacts item, EpisodePlace home, Long workId, Long recordingId, List<RangeUse> uses) {

    public RangeLicence {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(home, "home");
        uses = uses == null ? List.of() : List.copyOf(uses);
    }

    /** One active cue using the licensed music: where it is and its number, for counting uses in order. */
    public record RangeUse(long cueId, String cueNumber, EpisodePlace place, Long workId, Long recordingId) {}
}
