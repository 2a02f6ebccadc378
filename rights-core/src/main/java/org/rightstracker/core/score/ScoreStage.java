package org.rightstracker.core.score;

/**
 * Where a score cue stands, in the order the work is done. A cue may move forward past stages (a cue
 * without a mock-up goes straight to orchestration) or back (a rejected mock-up returns to writing).
 */
public enum ScoreStage {
    SPOTTED("Spotted"),
    WRITING("Writing"),
    MOCKUP_SENT("Mock-up sent"),
    /** Approved by the director. */
    MOCKUP_APPROVED("Mock-up approved"),
    ORCHESTRATED("Orchestrated"),
    RECORDED("Recorded"),
    MIXED("Mixed"),
    DELIVERED("Delivered");

    private final String label;

    ScoreStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True when this stage comes at or after {@code other} in the order of work. */
    public boolean reached(ScoreStage other) {
        return compareTo(other) >= 0;
    }

    /** Music is written once a mock-up has gone to the director. */
    public boolean isWritten() {
        return reached(MOCKUP_SENT);
    }

    public boolean isApproved() {
        return reached(MOCKUP_APPROVED);
    }

    public boolean isRecorded() {
        return reached(RECORDED);
    }

    public boolean isDelivered() {
        return this == DELIVERED;
    }
}
