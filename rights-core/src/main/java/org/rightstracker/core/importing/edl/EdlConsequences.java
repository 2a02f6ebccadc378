package org.rightstracker.core.importing.edl;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rightstracker.core.clearance.engine.CueVerdict;
import org.rightstracker.core.clearance.engine.Problem;

/**
 * A cue's clearance before and after the cut, compared: the status move and the engine's problems that
 * appear or go, in the engine's own sentences. Every rule the engine has (the granted-use rule too) shows
 * up here without this class knowing it.
 */
public final class EdlConsequences {

    private static final int MOST = 5;

    private EdlConsequences() {}

    public static List<String> of(EdlAction action, CueVerdict before, CueVerdict after) {
        List<String> said = new ArrayList<>();
        if (action == EdlAction.REMOVED) {
            said.add("Dropped from the cut: no longer counts towards clearance"
                    + (before != null && before.isCleared() ? "; its licences stay on file." : "."));
            return said;
        }
        if (after == null) {
            return said;
        }
        if (before == null) {
            said.add(after.status().label() + ".");
            messages(after).stream().limit(MOST).forEach(said::add);
            return said;
        }
        if (before.status() != after.status()) {
            said.add(before.status().label() + " → " + after.status().label() + ".");
        }
        Set<String> was = messages(before);
        Set<String> now = messages(after);
        now.stream().filter(m -> !was.contains(m)).limit(MOST).forEach(m -> said.add("Now: " + m));
        was.stream().filter(m -> !now.contains(m)).limit(MOST).forEach(m -> said.add("No longer: " + m));
        if (said.isEmpty()) {
            said.add("Clearance unchanged (" + after.status().label() + ").");
        }
        return said;
    }

    private static Set<String> messages(CueVerdict verdict) {
        Set<String> messages = new LinkedHashSet<>();
        for (Problem problem : verdict.problems()) {
            messages.add(problem.message());
        }
        return messages;
    }
}
