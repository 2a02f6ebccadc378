package org.rightstracker.web.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.rightstracker.core.clearance.engine.CueStatus;
import org.rightstracker.core.clearance.engine.CueVerdict;
import org.rightstracker.core.clearance.engine.Problem;
import org.rightstracker.core.clearance.engine.ProductionVerdict;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.signoff.SignOff;

/**
 * What a producer is about to sign: the production's clearance as the production page shows it, and
 * every active cue that is not cleared, grouped blocked → at risk → in progress → not started, each with
 * the engine's reasons.
 *
 * @param number the number this sign-off will carry; the form sends it back so a sign-off made
 *     meanwhile is noticed
 * @param current the sign-off this one would supersede, or null
 */
public record SignOffReview(
        Production production,
        boolean cleared,
        int activeCues,
        int clearedCues,
        BigDecimal percentCleared,
        List<StatusGroup> open,
        int number,
        SignOff current) {

    /** The order a producer reads what is outstanding in: what stops clearance first. */
    static final List<CueStatus> OPEN_ORDER =
            List.of(CueStatus.BLOCKED, CueStatus.AT_RISK, CueStatus.IN_PROGRESS, CueStatus.NOT_STARTED);

    /** The active cues standing at one status. */
    public record StatusGroup(CueStatus status, List<OpenCue> cues) {}

    /** A cue that is not cleared, with why: the engine's problems, or its next steps when it has none. */
    public record OpenCue(long cueId, String number, String title, List<String> reasons) {}

    static SignOffReview of(Production production, ProductionVerdict verdict, int number, SignOff current) {
        List<StatusGroup> groups = new ArrayList<>();
        for (CueStatus status : OPEN_ORDER) {
            List<OpenCue> cues = verdict.cues().stream()
                    .filter(c -> c.active() && c.status() == status)
                    .map(SignOffReview::open)
                    .toList();
            if (!cues.isEmpty()) {
                groups.add(new StatusGroup(status, cues));
            }
        }
        return new SignOffReview(
                production,
                verdict.cleared(),
                verdict.activeCues(),
                verdict.clearedCues(),
                verdict.percentCleared(),
                groups,
                number,
                current);
    }

    /** How many active cues are not cleared. */
    public int openCues() {
        return open.stream().mapToInt(g -> g.cues().size()).sum();
    }

    private static OpenCue open(CueVerdict cue) {
        List<String> reasons =
                cue.problems().stream().map(SignOffReview::sentence).toList();
        if (reasons.isEmpty()) {
            reasons = cue.nextActions().isEmpty() ? List.of("Not cleared yet.") : cue.nextActions();
        }
        return new OpenCue(cue.cueId(), cue.number(), cue.title(), reasons);
    }

    private static String sentence(Problem problem) {
        return problem.severity().label() + ": " + problem.message();
    }
}
