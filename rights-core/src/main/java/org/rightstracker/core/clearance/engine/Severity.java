package org.rightstracker.core.clearance.engine;

/**
 * How much a problem matters. The two strongest drive the cue status: a {@link #BLOCKER} makes a cue
 * BLOCKED, a {@link #RISK} makes it AT_RISK; the others are work to do or things worth knowing.
 */
public enum Severity {
    /** Clearance cannot go on until someone resolves it: unknown ownership, a refusal nobody replaced. */
    BLOCKER("Blocker"),
    /** Something will go wrong on a date or at delivery unless someone acts: expiring quotes, short licences. */
    RISK("Risk"),
    /** Ordinary work still to do: a request to send, a quote to approve, a fee to record. */
    ACTION("Action"),
    /** Worth knowing, nothing to do: an MFN uplift, a fee kept outside the budget currency. */
    INFO("Info");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
