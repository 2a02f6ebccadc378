package org.rightstracker.reports.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.rightstracker.core.clearance.engine.CueFacts;
import org.rightstracker.core.clearance.engine.CueVerdict;
import org.rightstracker.core.clearance.engine.ItemFacts;
import org.rightstracker.core.clearance.engine.ProductionFacts;
import org.rightstracker.core.clearance.engine.ProductionVerdict;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.production.Production;

/**
 * One production as the clearance reports need it, read once: the entity (for the heading), the
 * facts and the engine's verdict, and the cue timing the engine does not use. Reports build their
 * models from this and never go back to the database per cue.
 */
public record ProductionSnapshot(
        Production production,
        ProductionFacts facts,
        ProductionVerdict verdict,
        Map<Long, CueTiming> timing,
        LocalDate today) {

    /** How and when a cue is heard: cue-sheet usage code, timecodes and seconds. */
    public record CueTiming(CueUsage usage, String timecodeIn, String timecodeOut, Integer durationSeconds) {

        public String span() {
            if (timecodeIn == null && timecodeOut == null) {
                return "";
            }
            return (timecodeIn == null ? "?" : timecodeIn) + " – " + (timecodeOut == null ? "?" : timecodeOut);
        }
    }

    public ProductionHeading heading() {
        return ProductionHeading.of(production);
    }

    /** Each cue's facts beside its verdict, in cue-number order (the engine keeps the facts' order). */
    public List<CueView> cues() {
        List<CueFacts> cueFacts = facts.cues();
        List<CueVerdict> verdicts = verdict.cues();
        return java.util.stream.IntStream.range(0, cueFacts.size())
                .mapToObj(i -> new CueView(
                        i + 1,
                        cueFacts.get(i),
                        verdicts.get(i),
                        timing.getOrDefault(cueFacts.get(i).id(), new CueTiming(CueUsage.BI, null, null, null))))
                .toList();
    }

    /** A cue's facts, verdict and timing together, with its position in the production. */
    public record CueView(int sequence, CueFacts facts, CueVerdict verdict, CueTiming timing) {

        public ItemFacts item(long itemId) {
            return facts.items().stream()
                    .filter(i -> i.id() == itemId)
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalStateException("Item " + itemId + " missing from cue " + facts.number()));
        }
    }
}
