package org.rightstracker.core.clearance.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightstracker.core.clearance.engine.Facts.cue;
import static org.rightstracker.core.clearance.engine.Facts.evaluate;
import static org.rightstracker.core.clearance.engine.Facts.master;
import static org.rightstracker.core.clearance.engine.Facts.sync;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rightstracker.core.cue.CueOrigin;

/** Unknown ownership blocks a cue: there is nobody (or not everybody) to ask. */
class OwnershipTest {

    static Stream<Arguments> unknownOwnership() {
        return Stream.of(
                Arguments.of(
                        cue("2M1", CueOrigin.SOUNDTRACK).noWork().masterOwner(3, "Label L", "100"),
                        ProblemCode.NO_WORK,
                        SideState.BLOCKED,
                        SideState.NOT_STARTED,
                        "The cue is not linked to a composition, so nobody knows whom to ask for the sync licence."),
                Arguments.of(
                        cue("2M2", CueOrigin.SOUNDTRACK).masterOwner(3, "Label L", "100"),
                        ProblemCode.NO_PUBLISHERS,
                        SideState.BLOCKED,
                        SideState.NOT_STARTED,
                        "The composition has no publishers on record, so nobody is known to license its sync rights."),
                Arguments.of(
                        cue("2M3", CueOrigin.SOUNDTRACK)
                                .publisher(1, "Publisher A", "50")
                                .publisher(2, "Publisher B", "25")
                                .masterOwner(3, "Label L", "100")
                                .item(sync(1, "Publisher A", "50").licensed())
                                .item(sync(2, "Publisher B", "25").licensed()),
                        ProblemCode.PUBLISHER_SHARES_INCOMPLETE,
                        SideState.BLOCKED,
                        SideState.NOT_STARTED,
                        "Publisher shares total 75.00%; 25.00% of the composition has no known publisher."),
                Arguments.of(
                        cue("2M4", CueOrigin.LIBRARY).noRecording().publisher(1, "Publisher A", "100"),
                        ProblemCode.NO_RECORDING,
                        SideState.NOT_STARTED,
                        SideState.BLOCKED,
                        "The library cue is not linked to a recording,"
                                + " so nobody knows whom to ask for the master licence."),
                Arguments.of(
                        cue("2M5", CueOrigin.SOUNDTRACK).publisher(1, "Publisher A", "100"),
                        ProblemCode.NO_MASTER_OWNERS,
                        SideState.NOT_STARTED,
                        SideState.BLOCKED,
                        "The recording has no master owners on record, so nobody is known to license it."),
                Arguments.of(
                        cue("2M6", CueOrigin.SOUNDTRACK)
                                .publisher(1, "Publisher A", "100")
                                .masterOwner(3, "Label L", "60")
                                .item(master(3, "Label L", "60").quoted("100")),
                        ProblemCode.MASTER_SHARES_INCOMPLETE,
                        SideState.NOT_STARTED,
                        SideState.BLOCKED,
                        "Master owner shares total 60.00%; 40.00% of the recording has no known master owner."),
                Arguments.of(
                        cue("1M1", CueOrigin.SCORE),
                        ProblemCode.NO_COMPOSER,
                        SideState.BLOCKED,
                        SideState.BLOCKED,
                        "The score cue has no composer on record and the studio does not own the score,"
                                + " so there is nobody to sign a composer agreement with."));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("unknownOwnership")
    void cueWithUnknownOwnershipIsBlockedWithASentenceSayingWhatIsMissing(
            Facts.CueBuilder cue, ProblemCode code, SideState sync, SideState master, String message) {
        CueVerdict verdict = evaluate(cue);

        assertThat(verdict.status()).isEqualTo(CueStatus.BLOCKED);
        assertThat(verdict.sync().state()).isEqualTo(sync);
        assertThat(verdict.master().state()).isEqualTo(master);
        assertThat(verdict.problems()).first().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(code);
            assertThat(problem.severity()).isEqualTo(Severity.BLOCKER);
            assertThat(problem.message()).isEqualTo(message);
            assertThat(problem.itemId()).isNull();
        });
        assertThat(verdict.nextActions()).isNotEmpty();
    }

    static Stream<Arguments> ownershipActions() {
        return Stream.of(
                Arguments.of(
                        cue("2M3", CueOrigin.SOUNDTRACK)
                                .publisher(1, "Publisher A", "75")
                                .masterOwner(3, "Label L", "100"),
                        "Find who controls the remaining 25.00% of the composition"),
                Arguments.of(
                        cue("2M1", CueOrigin.SOUNDTRACK).noWork().masterOwner(3, "Label L", "100"),
                        "Link cue 2M1 to the composition it uses"),
                Arguments.of(
                        cue("1M1", CueOrigin.SCORE),
                        "Record the composer of cue 1M1, or record that the studio owns the score"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("ownershipActions")
    void blockedCueLeadsWithTheResearchToDo(Facts.CueBuilder cue, String action) {
        assertThat(evaluate(cue).nextActions()).first().isEqualTo(action);
    }
}
