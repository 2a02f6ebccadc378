package org.rightstracker.web.page.production;

import java.util.List;
import org.rightstracker.core.clearance.engine.CueVerdict;
import org.rightstracker.core.clearance.engine.ItemVerdict;
import org.rightstracker.core.clearance.engine.Problem;
import org.rightstracker.core.clearance.engine.Severity;
import org.rightstracker.core.cue.Cue;

/** One cue in a production's cue list: the cue as entered, and the engine's verdict on it. */
public record CueRow(Cue cue, CueVerdict verdict) {

    /** How many problems a row spells out before folding the rest away. */
    static final int PROBLEMS_SHOWN = 2;

    /** The licences still in play, obsolete ones (holders who left the ownership) left out. */
    public List<ItemVerdict> licensors() {
        return verdict.items().stream().filter(i -> !i.obsolete()).toList();
    }

    /**
     * What the licensor cell says when the cue needs nobody's licence: the studio owns commissioned music
     * when it owns the score; public-domain music performed for the production is nobody's.
     */
    public String nobodyToLicense() {
        if (cue.origin.isCommissioned() && cue.production.studioOwnsScore) {
            return "Owned by the studio";
        }
        if (cue.origin == org.rightstracker.core.cue.CueOrigin.PUBLIC_DOMAIN && cue.recording == null) {
            return "Public domain";
        }
        return "None needed yet";
    }

    /** Problems worth a supervisor's attention; purely informational findings stay on the cue page. */
    public List<Problem> problems() {
        return verdict.problems().stream()
                .filter(p -> p.severity() != Severity.INFO)
                .toList();
    }

    public List<Problem> firstProblems() {
        List<Problem> all = problems();
        return all.subList(0, Math.min(all.size(), PROBLEMS_SHOWN));
    }

    public List<Problem> moreProblems() {
        List<Problem> all = problems();
        return all.size() <= PROBLEMS_SHOWN ? List.of() : all.subList(PROBLEMS_SHOWN, all.size());
    }

    /** "00:01:02:03 – 00:01:47:03", or empty when no timecode is set. */
    public String timecodes() {
        if (cue.timecodeIn == null && cue.timecodeOut == null) {
            return "";
        }
        return (cue.timecodeIn == null ? "?" : cue.timecodeIn) + " – "
                + (cue.timecodeOut == null ? "?" : cue.timecodeOut);
    }

    boolean matchesText(String typed) {
        String q = typed.strip().toLowerCase();
        if (cue.number.toLowerCase().contains(q) || cue.title.toLowerCase().contains(q)) {
            return true;
        }
        if (cue.scene != null && cue.scene.toLowerCase().contains(q)) {
            return true;
        }
        return licensors().stream().anyMatch(i -> i.partyName().toLowerCase().contains(q));
    }

    boolean hasLicensor(String name) {
        return licensors().stream().anyMatch(i -> i.partyName().equalsIgnoreCase(name.strip()));
    }
}
