package org.rightstracker.core.clearance.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.shared.Share;

/**
 * Whether we know who must license each side of a cue. When we do not, no amount of chasing the
 * licensors on file can clear the cue, so every gap here is a blocker.
 */
final class OwnershipCheck {

    private OwnershipCheck() {}

    /** Publishers of a licensed composition; true when they are known for the whole of it. */
    static boolean composition(CueFacts cue, Findings findings) {
        if (cue.workId() == null) {
            findings.add(
                    Problem.about(
                            ProblemCode.NO_WORK,
                            Severity.BLOCKER,
                            "The cue is not linked to a composition,"
                                    + " so nobody knows whom to ask for the sync licence."),
                    "Link cue " + cue.number() + " to the composition it uses");
            return false;
        }
        return sideIsComplete(
                cue.publishers(),
                findings,
                ProblemCode.NO_PUBLISHERS,
                "The composition has no publishers on record, so nobody is known to license its sync rights.",
                "Research the publishers of the composition used in cue " + cue.number(),
                ProblemCode.PUBLISHER_SHARES_INCOMPLETE,
                "Publisher",
                Side.SYNC);
    }

    /** Master owners of the recording; true when they are known for the whole of it. */
    static boolean recording(CueFacts cue, Findings findings) {
        if (cue.recordingId() == null) {
            findings.add(
                    Problem.about(
                            ProblemCode.NO_RECORDING,
                            Severity.BLOCKER,
                            "The " + cue.origin().label().toLowerCase(Locale.ROOT)
                                    + " cue is not linked to a recording,"
                                    + " so nobody knows whom to ask for the master licence."),
                    "Link cue " + cue.number() + " to the recording it uses");
            return false;
        }
        return sideIsComplete(
                cue.masterOwners(),
                findings,
                ProblemCode.NO_MASTER_OWNERS,
                "The recording has no master owners on record, so nobody is known to license it.",
                "Research the master owners of the recording used in cue " + cue.number(),
                ProblemCode.MASTER_SHARES_INCOMPLETE,
                "Master owner",
                Side.MASTER);
    }

    /** The writer to sign a composer agreement with; true when there is one. */
    static boolean composer(CueFacts cue, Findings findings) {
        if (!cue.writers().isEmpty()) {
            return true;
        }
        String origin = cue.origin() == CueOrigin.SCORE ? "score" : "original song";
        findings.add(
                Problem.about(
                        ProblemCode.NO_COMPOSER,
                        Severity.BLOCKER,
                        "The " + origin + " cue has no composer on record and the studio does not own the score,"
                                + " so there is nobody to sign a composer agreement with."),
                "Record the composer of cue " + cue.number() + ", or record that the studio owns the score");
        return false;
    }

    private static boolean sideIsComplete(
            List<Holder> holders,
            Findings findings,
            ProblemCode noneCode,
            String noneMessage,
            String noneAction,
            ProblemCode incompleteCode,
            String holderWord,
            Side side) {
        if (holders.isEmpty()) {
            findings.add(Problem.about(noneCode, Severity.BLOCKER, noneMessage), noneAction);
            return false;
        }
        BigDecimal total = Share.sum(holders.stream().map(Holder::share).toList());
        BigDecimal unknown = Share.FULL.value().subtract(total);
        if (unknown.signum() <= 0) {
            return true;
        }
        findings.add(
                Problem.about(
                        incompleteCode,
                        Severity.BLOCKER,
                        holderWord + " shares total " + Wording.percent(total) + "; " + Wording.percent(unknown)
                                + " of the " + side.subject() + " has no known " + side.holder() + "."),
                "Find who controls the remaining " + Wording.percent(unknown) + " of the " + side.subject());
        return false;
    }
}
