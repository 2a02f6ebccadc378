package org.rightstracker.web.page.production;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rightstracker.core.clearance.engine.CueStatus;
import org.rightstracker.core.clearance.engine.CueVerdict;
import org.rightstracker.core.clearance.engine.ItemVerdict;
import org.rightstracker.core.clearance.engine.ProductionVerdict;
import org.rightstracker.core.cue.Cue;

/**
 * A production's cues after the filter: score (composed for the production) and licensed music apart,
 * since they are cleared in different ways and by different people.
 */
public record CueListing(
        List<CueRow> score, List<CueRow> licensed, int total, List<String> licensors, boolean filtered) {

    // Most urgent first: what blocks delivery, then what is about to go wrong, then work in hand.
    private static final List<CueStatus> URGENCY = List.of(
            CueStatus.BLOCKED, CueStatus.AT_RISK, CueStatus.NOT_STARTED, CueStatus.IN_PROGRESS, CueStatus.CLEARED);

    /** One section of the list: the score, or the licensed music. */
    public record Group(String key, String title, String empty, List<CueRow> rows) {}

    public List<Group> groups() {
        return List.of(
                new Group(
                        "score",
                        "Score and original songs",
                        filtered
                                ? "No score cue matches these filters."
                                : "No score or original song in this production.",
                        score),
                new Group(
                        "licensed",
                        "Licensed music: songs, library and public domain",
                        filtered ? "No licensed cue matches these filters." : "No licensed music in this production.",
                        licensed));
    }

    public int shown() {
        return score.size() + licensed.size();
    }

    public boolean isEmpty() {
        return total == 0;
    }

    static CueListing of(ProductionVerdict verdict, List<Cue> cues, CueFilter filter) {
        Map<Long, Cue> byId = cues.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<CueRow> all = verdict.cues().stream()
                .filter(v -> byId.containsKey(v.cueId()))
                .map(v -> new CueRow(byId.get(v.cueId()), v))
                .toList();
        TreeSet<String> licensors = all.stream()
                .flatMap(row -> row.licensors().stream())
                .map(ItemVerdict::partyName)
                .collect(Collectors.toCollection(() -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER)));
        List<CueRow> kept = all.stream()
                .filter(row -> matches(row, filter))
                .sorted(order(filter.sortOrDefault()))
                .toList();
        return new CueListing(
                kept.stream().filter(r -> r.cue().origin.isCommissioned()).toList(),
                kept.stream().filter(r -> !r.cue().origin.isCommissioned()).toList(),
                all.size(),
                List.copyOf(licensors),
                filter.isActive());
    }

    private static boolean matches(CueRow row, CueFilter filter) {
        CueVerdict v = row.verdict();
        Cue cue = row.cue();
        return (!CueFilter.set(filter.status()) || v.status().name().equals(filter.status()))
                && (!CueFilter.set(filter.origin()) || cue.origin.name().equals(filter.origin()))
                && (!CueFilter.set(filter.usage()) || cue.usage.name().equals(filter.usage()))
                && (!CueFilter.set(filter.licensor()) || row.hasLicensor(filter.licensor()))
                && (!CueFilter.set(filter.q()) || row.matchesText(filter.q()));
    }

    // The engine lists cues in cue-number order already; every other order falls back to it on ties.
    private static Comparator<CueRow> order(String sort) {
        Comparator<CueRow> asListed = (a, b) -> 0;
        return switch (sort) {
            case "status" ->
                Comparator.comparing(r -> URGENCY.indexOf(r.verdict().status()));
            case "title" -> Comparator.comparing(r -> r.cue().title, String.CASE_INSENSITIVE_ORDER);
            case "fee" ->
                Comparator.comparing(
                        (CueRow r) -> r.verdict().budget().projected().amount(), Comparator.reverseOrder());
            case "duration" ->
                Comparator.comparing(
                        (CueRow r) -> Objects.requireNonNullElse(r.cue().durationSeconds, -1),
                        Comparator.reverseOrder());
            default -> asListed;
        };
    }
}
