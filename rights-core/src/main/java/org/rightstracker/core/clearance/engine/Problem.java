package org.rightstracker.core.clearance.engine;

import java.util.Objects;

/**
 * One finding about a cue or production: a stable code, how much it matters, a sentence a supervisor
 * understands, and the clearance item it is about (null when it is about the cue or production itself).
 */
public record Problem(ProblemCode code, Severity severity, String message, Long itemId) {

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    static Problem about(ProblemCode code, Severity severity, String message) {
        return new Problem(code, severity, message, null);
    }

    static Problem onItem(ItemFacts item, ProblemCode code, Severity severity, String message) {
        return new Problem(code, severity, message, item.id());
    }
}
