package org.rightstracker.reports.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.rightstracker.core.clearance.engine.CueFacts;
import org.rightstracker.core.clearance.engine.CueVerdict;
import org.rightstracker.core.clearance.engine.ItemFacts;
import org.rightstracker.core.clearance.engine.ProductionFacts;
import org.rightstracker.core.clearance.engine.ProductionVerdict;
import org.rightstracker.core.clearance.engine.RangeLicence;
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
        Map<Long, ItemContact> contacts,
        LocalDate today) {

    /**
     * Who to write to about a clearance item and since when it waits: not needed by the engine, wanted
     * by the people working from an export.
     *
     * @param contact the licence's own contact, else the licensor's e-mail and phone; null when none is known
     */
    public record ItemContact(LocalDate requestedOn, String contact) {

        static ItemContact of(LocalDate requestedOn, String itemContact, String email, String phone) {
            if (itemContact != null && !itemContact.isBlank()) {
                return new ItemContact(requestedOn, itemContact.strip());
            }
            String joined = java.util.stream.Stream.of(email, phone)
                    .filter(v -> v != null && !v.isBlank())
                    .map(String::strip)
                    .collect(java.util.stream.Collectors.joining(" · "));
            return new ItemContact(requestedOn, joined.isEmpty() ? null : joined);
        }
    }

    static final ItemContact NO_CONTACT = new ItemContact(null, null);

    public ItemContact contact(long itemId) {
        return contacts.getOrDefault(itemId, NO_CONTACT);
    }

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
        List<ItemFacts> reaching =
                facts.rangeLicences().stream().map(RangeLicence::item).toList();
        return java.util.stream.IntStream.range(0, cueFacts.size())
                .mapToObj(i -> new CueView(
                        i + 1,
                        cueFacts.get(i),
                        verdicts.get(i),
                        timing.getOrDefault(cueFacts.get(i).id(), new CueTiming(CueUsage.BI, null, null, null)),
                        reaching))
                .toList();
    }

    /**
     * A cue's facts, verdict and timing together, with its position in the production. {@code reaching}
     * are the licences stored on other cues that may cover this one (season and series licences): the
     * verdict lists them among the cue's licences when they do.
     */
    public record CueView(
            int sequence, CueFacts facts, CueVerdict verdict, CueTiming timing, List<ItemFacts> reaching) {

        public ItemFacts item(long itemId) {
            return java.util.stream.Stream.concat(facts.items().stream(), reaching.stream())
                    .filter(i -> i.id() == itemId)
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalStateException("Item " + itemId + " missing from cue " + facts.number()));
        }
    }
}
