package org.rightstracker.core.clearance.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightstracker.core.clearance.engine.Facts.evaluate;
import static org.rightstracker.core.clearance.engine.Facts.master;
import static org.rightstracker.core.clearance.engine.Facts.splitSoundtrack;
import static org.rightstracker.core.clearance.engine.Facts.sync;

import org.junit.jupiter.api.Test;
import org.rightstracker.core.importing.edl.EdlAction;
import org.rightstracker.core.importing.edl.EdlConsequences;

/** The recut diff describes a cue's clearance before and after in the engine's own words. */
class EdlConsequencesTest {

    private static CueVerdict cleared() {
        return evaluate(splitSoundtrack()
                .item(sync(1, "Publisher A", "50").licensed())
                .item(sync(2, "Publisher B", "50").licensed())
                .item(master(3, "Label L", "100").licensed()));
    }

    private static CueVerdict oneSideQuoted() {
        return evaluate(splitSoundtrack()
                .item(sync(1, "Publisher A", "50").licensed())
                .item(sync(2, "Publisher B", "50").quoted("7500"))
                .item(master(3, "Label L", "100").licensed()));
    }

    @Test
    void aCueThatLosesItsClearanceSaysSoWithTheProblemThatAppeared() {
        assertThat(EdlConsequences.of(EdlAction.CHANGED, cleared(), oneSideQuoted()))
                .containsExactly(
                        "Cleared → In progress.",
                        "Now: Sync licence from Publisher B (50.00%) is quoted, not yet licensed.");
    }

    @Test
    void aProblemThatGoesAwayIsNamedToo() {
        assertThat(EdlConsequences.of(EdlAction.CHANGED, oneSideQuoted(), cleared()))
                .containsExactly(
                        "In progress → Cleared.",
                        "No longer: Sync licence from Publisher B (50.00%) is quoted, not yet licensed.");
    }

    @Test
    void nothingChangingSaysTheStatus() {
        assertThat(EdlConsequences.of(EdlAction.CHANGED, cleared(), cleared()))
                .containsExactly("Clearance unchanged (Cleared).");
    }

    @Test
    void aNewCueListsWhatItNeeds() {
        assertThat(EdlConsequences.of(EdlAction.NEW, null, oneSideQuoted()))
                .containsExactly("In progress.", "Sync licence from Publisher B (50.00%) is quoted, not yet licensed.");
    }

    @Test
    void aRemovedCueNoLongerCountsAndKeepsItsLicences() {
        assertThat(EdlConsequences.of(EdlAction.REMOVED, cleared(), null))
                .containsExactly(
                        "Dropped from the cut: no longer counts towards clearance; its licences stay on file.");
        assertThat(EdlConsequences.of(EdlAction.REMOVED, oneSideQuoted(), null))
                .containsExactly("Dropped from the cut: no longer counts towards clearance.");
    }
}
