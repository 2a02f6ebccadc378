package org.rightstracker.core.clearance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.rightstracker.core.clearance.engine.ClearanceEngine;
import org.rightstracker.core.clearance.engine.CueFacts;
import org.rightstracker.core.clearance.engine.CueVerdict;
import org.rightstracker.core.clearance.engine.ProductionFacts;
import org.rightstracker.core.clearance.engine.ProductionVerdict;
import org.rightstracker.core.cue.CueNumberOrder;
import org.rightstracker.core.licence.LicenceRange;
import org.rightstracker.core.shared.RecentlyUsed;

/**
 * Production verdicts brought up to date cue by cue. For each production evaluated it keeps the facts of
 * every cue with the cue's {@code clearance_revision}, and each cue's verdict; the next evaluation reads
 * the production's {@code version} and its cues' revisions (one statement), loads the facts of the cues
 * whose revision moved (and of new ones) and evaluates those alone, reusing the other cues' facts and,
 * on the same day, their verdicts. The production's totals are then worked out by the engine as always,
 * from every cue, so a production edited one cue at a time costs one cue's load and evaluation instead of
 * all of them (a dashboard under steady edits, bench/README.md).
 *
 * <p>Only for productions whose cues stand alone: an episode of a series, or a production with a licence
 * reaching beyond its cue, is evaluated whole every time (one cue's change can move another's verdict
 * there). A changed {@code version} (plan, budget, currency, score ownership) also means a whole
 * evaluation. Revisions are read before the facts, so kept facts are never older than the revision they
 * are kept under; both counters come from the database, so instances sharing one stay correct. Call it
 * only in a transaction that has written nothing, so that what is kept has been committed.
 */
@ApplicationScoped
class KeptVerdicts {

    /** Productions kept, most recently evaluated first to stay. */
    static final int CAPACITY = 128;

    /** More changed cues than this in one evaluation are read with their whole productions instead. */
    static final int MOST_CUES_READ = 2_000;

    /**
     * What was read and worked out for a production: its version, every cue's facts and revision, and the
     * verdicts of the day they were worked out.
     */
    private record Kept(
            long version, ProductionFacts facts, Map<Long, Long> revisions, LocalDate day, ProductionVerdict verdict) {

        Map<Long, CueFacts> cuesById() {
            Map<Long, CueFacts> byId = new HashMap<>();
            facts.cues().forEach(c -> byId.put(c.id(), c));
            return byId;
        }

        /** Whether {@code cue} has changed since (its revision moved, or it is new or gone). */
        boolean changedIn(Current now, long cue) {
            Long revision = revisions.get(cue);
            return revision == null || !revision.equals(now.revisions().get(cue));
        }

        Map<Long, CueVerdict> verdictsById() {
            Map<Long, CueVerdict> byId = new HashMap<>();
            verdict.cues().forEach(v -> byId.put(v.cueId(), v));
            return byId;
        }
    }

    /** One production's row as read now: its version and each cue's revision. */
    private record Current(long version, Map<Long, Long> revisions) {}

    private final Map<Long, Kept> kept = RecentlyUsed.map(CAPACITY);

    @Inject
    ClearanceFactsLoader loader;

    @Inject
    EntityManager em;

    /** Every given production that exists, by id in id order; the caller provides the transaction. */
    Map<Long, ProductionVerdict> evaluate(Collection<Long> productionIds, ClearanceEngine engine, LocalDate today) {
        Map<Long, Current> current = current(productionIds);
        List<Long> whole = new ArrayList<>();
        Map<Long, Kept> stepwise = new LinkedHashMap<>();
        List<Long> changedCues = new ArrayList<>();
        synchronized (kept) {
            current.forEach((id, now) -> {
                Kept before = kept.get(id);
                List<Long> changed = before == null || before.version() != now.version()
                        ? null
                        : now.revisions().keySet().stream()
                                .filter(cue -> before.changedIn(now, cue))
                                .toList();
                // Most of a production's cues changed (a writer renamed, say): one whole load is cheaper.
                if (changed == null || changed.size() > now.revisions().size() / 4 + 1) {
                    whole.add(id);
                } else {
                    stepwise.put(id, before);
                    changedCues.addAll(changed);
                }
            });
        }
        if (changedCues.size() > MOST_CUES_READ) {
            whole.addAll(stepwise.keySet());
            stepwise.clear();
            changedCues.clear();
        }
        Map<Long, ProductionVerdict> verdicts = new HashMap<>();
        Map<Long, ProductionFacts> fresh = Map.of();
        Set<Long> beyondCues = Set.of();
        if (!changedCues.isEmpty()) {
            fresh = loader.load(ClearanceScope.changedCues(changedCues));
            beyondCues = reachingBeyondTheirCue(changedCues);
        }
        for (Map.Entry<Long, Kept> entry : stepwise.entrySet()) {
            long id = entry.getKey();
            Kept before = entry.getValue();
            ProductionFacts read = fresh.get(id);
            if (beyondCues.contains(id)) {
                // A licence reaching beyond its cue has just been added: this production is evaluated whole.
                whole.add(id);
                continue;
            }
            Current now = current.get(id);
            ProductionFacts facts = merged(before, now, read);
            Map<Long, CueVerdict> known = before.day().equals(today) ? before.verdictsById() : new HashMap<>();
            known.keySet().removeIf(cue -> before.changedIn(now, cue));
            ProductionVerdict verdict = engine.evaluate(facts, known);
            keep(id, new Kept(now.version(), facts, now.revisions(), today, verdict));
            verdicts.put(id, verdict);
        }
        if (!whole.isEmpty()) {
            loader.load(ClearanceScope.productions(whole)).forEach((id, facts) -> {
                ProductionVerdict verdict = engine.evaluate(facts);
                verdicts.put(id, verdict);
                Current now = current.get(id);
                // Kept without the range licences of other productions, which the loader hands every production read.
                keep(
                        id,
                        reachesBeyondCues(facts)
                                ? null
                                : new Kept(
                                        now.version(),
                                        facts.with(facts.cues(), List.of()),
                                        now.revisions(),
                                        today,
                                        verdict));
            });
        }
        Map<Long, ProductionVerdict> ordered = new LinkedHashMap<>();
        current.keySet().stream()
                .sorted()
                .filter(verdicts::containsKey)
                .forEach(id -> ordered.put(id, verdicts.get(id)));
        return ordered;
    }

    /** How many productions are kept; for tests. */
    int size() {
        synchronized (kept) {
            return kept.size();
        }
    }

    /** Forgets everything kept; for tests. */
    void clear() {
        synchronized (kept) {
            kept.clear();
        }
    }

    /** Keeps what was worked out for a production; null forgets it (it is evaluated whole from now on). */
    private void keep(long id, Kept entry) {
        synchronized (kept) {
            if (entry == null) {
                kept.remove(id);
            } else {
                kept.put(id, entry);
            }
        }
    }

    /**
     * The productions among whose changed cues a licence reaches beyond its cue, in force or not: one was
     * added (or widened) since the production was kept, since a kept production had none in force and any
     * change to a licence moves its cue's revision. Read from the items themselves (the loader does not
     * look for range licences when it reads changed cues).
     */
    private Set<Long> reachingBeyondTheirCue(List<Long> changedCues) {
        return Set.copyOf(em.createQuery(
                        "select distinct i.cue.production.id from ClearanceItem i where i.cue.id in :cues"
                                + " and i.rangeKind <> :cue",
                        Long.class)
                .setParameter("cues", changedCues)
                .setParameter("cue", LicenceRange.CUE)
                .getResultList());
    }

    /** The version of each production and the revision of each of its cues, in one statement. */
    private Map<Long, Current> current(Collection<Long> productionIds) {
        Map<Long, Long> versions = new LinkedHashMap<>();
        Map<Long, Map<Long, Long>> revisions = new HashMap<>();
        List<Object[]> rows = em.createQuery(
                        "select p.id, p.version, c.id, c.clearanceRevision from Production p"
                                + " left join Cue c on c.production = p where p.id in :ids",
                        Object[].class)
                .setParameter("ids", List.copyOf(productionIds))
                .getResultList();
        for (Object[] row : rows) {
            long production = (Long) row[0];
            versions.put(production, (Long) row[1]);
            Map<Long, Long> cues = revisions.computeIfAbsent(production, p -> new HashMap<>());
            if (row[2] != null) {
                cues.put((Long) row[2], (Long) row[3]);
            }
        }
        Map<Long, Current> current = new LinkedHashMap<>();
        versions.forEach((id, version) -> current.put(id, new Current(version, Map.copyOf(revisions.get(id)))));
        return current;
    }

    /**
     * The production's facts now: the cues whose revision moved as just read ({@code read}, null when none
     * of them is left), every other cue as kept, in cue-number order; the production's own facts as just
     * read, else as kept (its version has not moved).
     */
    private static ProductionFacts merged(Kept before, Current now, ProductionFacts read) {
        Map<Long, CueFacts> cues = before.cuesById();
        cues.keySet().removeIf(cue -> before.changedIn(now, cue));
        if (read != null) {
            read.cues().forEach(c -> cues.put(c.id(), c));
        }
        // A cue deleted before the revisions were read is not among them; one deleted after them is
        // changed (its revision moved or it is new) and not among the cues just read.
        List<CueFacts> inOrder = now.revisions().keySet().stream()
                .map(cues::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(CueFacts::number, CueNumberOrder.INSTANCE))
                .toList();
        ProductionFacts base = read != null ? read : before.facts();
        return base.with(inOrder, List.of());
    }

    /**
     * Whether one cue's change can move another cue's verdict: the production is an episode of a series
     * (licences stored on other episodes may reach it), or holds a licence reaching beyond its cue.
     */
    private static boolean reachesBeyondCues(ProductionFacts facts) {
        return facts.place().seriesId() != null
                || facts.rangeLicences().stream().anyMatch(l -> l.home().productionId() == facts.id());
    }
}
