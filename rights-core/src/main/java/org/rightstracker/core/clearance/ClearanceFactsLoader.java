package org.rightstracker.core.clearance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rightstracker.core.clearance.engine.CueFacts;
import org.rightstracker.core.clearance.engine.Holder;
import org.rightstracker.core.clearance.engine.ItemFacts;
import org.rightstracker.core.clearance.engine.OptionFacts;
import org.rightstracker.core.clearance.engine.ProductionFacts;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueNumberOrder;
import org.rightstracker.core.licence.LicenceOption;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.recording.MasterShare;
import org.rightstracker.core.shared.Money;
import org.rightstracker.core.work.PublisherShare;
import org.rightstracker.core.work.WriterShare;

/**
 * Reads what the clearance engine needs in seven statements — productions, cues with works and
 * recordings, publisher, writer and master shares, items with their holders, options — for any
 * {@link ClearanceScope}: one cue, one production or all of a user's productions. Pages therefore cost
 * the same number of statements for 10 cues as for 5,000, and for one production as for two hundred.
 * Callers provide the transaction.
 */
@ApplicationScoped
class ClearanceFactsLoader {

    @Inject
    EntityManager em;

    /** The facts of every production in scope (with only the cues in scope), by production id, in id order. */
    Map<Long, ProductionFacts> load(ClearanceScope scope) {
        List<Production> productions = em.createQuery(
                        "select p from Production p left join fetch p.studio where " + scope.productionCondition()
                                + " order by p.id",
                        Production.class)
                .setParameter("scope", scope.value())
                .getResultList();
        if (productions.isEmpty()) {
            return Map.of();
        }
        List<Cue> cues = em.createQuery(
                        "select c from Cue c left join fetch c.work left join fetch c.recording where " + scope.on("c"),
                        Cue.class)
                .setParameter("scope", scope.value())
                .getResultList();
        Map<Long, List<Holder>> publishers = em.createQuery(
                        "select s from PublisherShare s join fetch s.party where s.work.id in"
                                + " (select c.work.id from Cue c where " + scope.on("c") + ") order by s.position",
                        PublisherShare.class)
                .setParameter("scope", scope.value())
                .getResultStream()
                .collect(Collectors.groupingBy(
                        s -> s.work.id,
                        Collectors.mapping(s -> new Holder(s.party.id, s.party.name, s.share()), Collectors.toList())));
        Map<Long, List<Holder>> writers = em.createQuery(
                        "select w from WriterShare w join fetch w.party where w.work.id in"
                                + " (select c.work.id from Cue c where " + scope.on("c") + ") order by w.position",
                        WriterShare.class)
                .setParameter("scope", scope.value())
                .getResultStream()
                .collect(Collectors.groupingBy(
                        w -> w.work.id,
                        Collectors.mapping(w -> new Holder(w.party.id, w.party.name, w.share()), Collectors.toList())));
        Map<Long, List<Holder>> masters = em.createQuery(
                        "select m from MasterShare m join fetch m.party where m.recording.id in"
                                + " (select c.recording.id from Cue c where " + scope.on("c") + ") order by m.position",
                        MasterShare.class)
                .setParameter("scope", scope.value())
                .getResultStream()
                .collect(Collectors.groupingBy(
                        m -> m.recording.id,
                        Collectors.mapping(m -> new Holder(m.party.id, m.party.name, m.share()), Collectors.toList())));
        List<ClearanceItem> items = em.createQuery(
                        "select i from ClearanceItem i join fetch i.party where " + scope.on("i.cue")
                                + " order by i.id",
                        ClearanceItem.class)
                .setParameter("scope", scope.value())
                .getResultList();
        Map<Long, List<OptionFacts>> options = em.createQuery(
                        "select o from LicenceOption o where " + scope.on("o.item.cue") + " order by o.id",
                        LicenceOption.class)
                .setParameter("scope", scope.value())
                .getResultStream()
                .collect(Collectors.groupingBy(
                        o -> o.item.id, Collectors.mapping(ClearanceFactsLoader::option, Collectors.toList())));
        Map<Long, List<ItemFacts>> itemsByCue = inForce(items).stream()
                .collect(Collectors.groupingBy(
                        i -> i.cue.id,
                        Collectors.mapping(i -> item(i, options.getOrDefault(i.id, List.of())), Collectors.toList())));

        Map<Long, List<CueFacts>> cuesByProduction = new LinkedHashMap<>();
        cues.stream()
                .sorted(Comparator.comparing(c -> c.number, CueNumberOrder.INSTANCE))
                .forEach(c -> cuesByProduction
                        .computeIfAbsent(c.production.id, id -> new ArrayList<>())
                        .add(cue(c, publishers, writers, masters, itemsByCue)));
        Map<Long, ProductionFacts> facts = new LinkedHashMap<>();
        for (Production production : productions) {
            facts.put(
                    production.id,
                    new ProductionFacts(
                            production.id,
                            production.displayTitle(),
                            production.currency(),
                            production.budget(),
                            production.releasePlan(),
                            production.studioOwnsScore,
                            cuesByProduction.getOrDefault(production.id, List.of())));
        }
        return facts;
    }

    private static CueFacts cue(
            Cue c,
            Map<Long, List<Holder>> publishers,
            Map<Long, List<Holder>> writers,
            Map<Long, List<Holder>> masters,
            Map<Long, List<ItemFacts>> itemsByCue) {
        Long workId = c.work == null ? null : c.work.id;
        Long recordingId = c.recording == null ? null : c.recording.id;
        return new CueFacts(
                c.id,
                c.number,
                c.title,
                c.origin,
                c.active,
                workId,
                c.work != null && c.work.publicDomain,
                recordingId,
                workId == null ? List.of() : publishers.getOrDefault(workId, List.of()),
                recordingId == null ? List.of() : masters.getOrDefault(recordingId, List.of()),
                workId == null ? List.of() : writers.getOrDefault(workId, List.of()),
                itemsByCue.getOrDefault(c.id, List.of()));
    }

    /**
     * The engine sees one item per chain (cue, party, side): the licence in force. That is the
     * highest-numbered executed (LICENSED) item of the chain, else the original. An open amendment is
     * therefore left out until it is executed: coverage, MFN and the budget stay with the executed licence
     * meanwhile. Once executed, the amendment's scope, term and fee count instead of the original's; its
     * agreed fee is the total for the amended licence and replaces the original's in the budget, never
     * adds to it. Keeps the chains in the order of their originals (the items come in id order).
     */
    static List<ClearanceItem> inForce(List<ClearanceItem> items) {
        Map<List<Object>, ClearanceItem> chosen = new LinkedHashMap<>();
        for (ClearanceItem item : items) {
            chosen.merge(List.of(item.cue.id, item.party.id, item.side), item, ClearanceFactsLoader::laterInForce);
        }
        return new ArrayList<>(chosen.values());
    }

    private static ClearanceItem laterInForce(ClearanceItem held, ClearanceItem other) {
        boolean heldLicensed = held.status == LicenceStatus.LICENSED;
        boolean otherLicensed = other.status == LicenceStatus.LICENSED;
        if (heldLicensed != otherLicensed) {
            return otherLicensed ? other : held;
        }
        // Both executed: the later amendment; neither: the original (the lower number).
        return heldLicensed == (other.amendmentNo > held.amendmentNo) ? other : held;
    }

    static ItemFacts item(ClearanceItem i, List<OptionFacts> options) {
        return new ItemFacts(
                i.id,
                i.party.id,
                i.party.name,
                i.side,
                i.syncShare(),
                i.masterShare(),
                i.status,
                i.quoted(),
                i.agreed(),
                i.mfn,
                i.mfnWaived,
                i.granted(),
                i.quoteExpiresOn,
                options,
                i.obsolete);
    }

    private static OptionFacts option(LicenceOption o) {
        Money fee = o.fee == null || o.currency == null ? null : Money.of(o.fee, Money.currencyOf(o.currency));
        return new OptionFacts(o.description, fee, o.exerciseDeadline, o.exercised);
    }
}
