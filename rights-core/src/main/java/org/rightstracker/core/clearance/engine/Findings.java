package org.rightstracker.core.clearance.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Problems found while evaluating one cue or production, each with the next action that resolves it.
 * Both lists come out most severe first, so the top line of a page is the thing to fix first.
 */
final class Findings {

    private record Finding(Problem problem, String action) {}

    private static final Comparator<Finding> MOST_SEVERE_FIRST =
            Comparator.comparing(finding -> finding.problem().severity());

    private final List<Finding> findings = new ArrayList<>();

    /** @param action what to do about it, or null when there is nothing to do */
    void add(Problem problem, String action) {
        findings.add(new Finding(problem, action));
    }

    boolean has(Severity severity) {
        return findings.stream().anyMatch(finding -> finding.problem().severity() == severity);
    }

    List<Problem> problems() {
        return findings.stream().sorted(MOST_SEVERE_FIRST).map(Finding::problem).toList();
    }

    /** Without repeats: two coverage gaps on one licence need one renegotiation, not two. */
    List<String> actions() {
        Set<String> actions = new LinkedHashSet<>();
        findings.stream()
                .sorted(MOST_SEVERE_FIRST)
                .map(Finding::action)
                .filter(Objects::nonNull)
                .forEach(actions::add);
        return List.copyOf(actions);
    }
}
