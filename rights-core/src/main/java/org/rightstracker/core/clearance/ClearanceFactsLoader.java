package org.rightstracker.core.clearance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.rightstracker.core.clearance.engine.CueFacts;
import org.rightstracker.core.clearance.engine.EpisodePlace;
import org.rightstracker.core.clearance.engine.Holder;
import org.rightstracker.core.clearance.engine.ItemFacts;
import org.rightstracker.core.clearance.engine.OptionFacts;
import org.rightstracker.core.clearance.engine.ProductionFacts;
import org.rightstracker.core.clearance.engine.RangeLicence;
import org.rightstracker.core.clearance.engine.RangeLicence.RangeUse;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueNumberOrder;
import org.rightstracker.core.licence.LicenceOption;
import org.rightstracker.core.licence.LicenceRange;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.recording.MasterShare;
import org.rightstracker.core.shared.BaseEntity;
import org.rightstracker.core.shared.Money;
import org.rightstracker.core.work.PublisherShare;
import org.rightstracker.core.work.WriterShare;

/**
 * Reads what the clearance engine needs in seven statements (one or two more for episodes of a series
 * and for licences covering more than their cue) — productions, cues with works and recordings, publisher, writer and master shares, items with
 * their holders, options, licences reaching beyond their cue — for any {@link ClearanceScope}: one cue,
 * one production or all of a user's productions. Pages therefore cost the same number of statements for
 * 10 cues as for 5,000, and for one production as for two hundred.
 * Callers provide the transaction.
 */
@ApplicationScoped
class ClearanceFactsLoader {

    @Inject
    EntityManager em;

    /** The facts of every production in scope (with only the cues in scope), by production id, in id order. */
    Map<Long, ProductionFacts> load(ClearanceScope scope) {
        // Reading only: one flush so that the caller's pending changes are seen, then none before each
        // statement below (Hibernate's automatic flush dirty-checked every entity loaded so far, ten times:
        // half the time of a dashboard rebuilding after an edit).
        em.flush();
        FlushModeType before = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            return read(scope);
        } finally {
            em.setFlushMode(before);
        }
    }

    private Map<Long, ProductionFacts> read(ClearanceScope scope) {
        List<Production> productions = em.createQuery(
                        "select p from Production p left join fetch p.studio left join fetch p.season se"
                                + " left join fetch se.series where " + scope.productionCondition()
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
        // Licences reaching beyond their cue come from rangeLicences, for every cue they cover.
        Map<Long, List<ItemFacts>> itemsByCue = inForce(items).stream()
                .filter(i -> !i.rangeKind.spansCues())
                .collect(Collectors.groupingBy(
                        i -> i.cue.id,
                        Collectors.mapping(i -> item(i, options.getOrDefault(i.id, List.of())), Collectors.toList())));

        Map<Long, List<CueFacts>> cuesByProduction = new LinkedHashMap<>();
        cues.stream()
                .sorted(Comparator.comparing(c -> c.number, CueNumberOrder.INSTANCE))
                .forEach(c -> cuesByProduction
                        .computeIfAbsent(c.production.id, id -> new ArrayList<>())
                        .add(cue(c, publishers, writers, masters, itemsByCue)));
        boolean rangesPossible = scope.rangesRead()
                && (!scope.wholeProductions()
                        || productions.stream().anyMatch(p -> p.season != null)
                        || items.stream().anyMatch(i -> i.rangeKind.spansCues()));
        List<RangeLicence> ranges = rangesPossible
                ? rangeLicences(productions, scope.wholeProductions() ? null : cues, options)
                : List.of();
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
                            cuesByProduction.getOrDefault(production.id, List.of()),
                            place(production),
                            ranges));
        }
        return facts;
    }

    static EpisodePlace place(Production p) {
        if (p.season == null) {
            return EpisodePlace.alone(p.id);
        }
        return new EpisodePlace(
                p.id, p.season.series.id, p.season.id, p.season.number, p.episodeOrder == null ? 0 : p.episodeOrder);
    }

    /**
     * The licences in force that reach beyond their own cue, stored anywhere in the series of the
     * productions read (or in those productions), each with every active cue of its series using the same
     * music: two statements, the second only when there is such a licence. Skipped when whole productions
     * outside any series are read and none of their licences reaches beyond its cue. The engine works out which of
     * them a range licence covers. Every production read gets the whole list; the engine ignores the ones
     * that do not reach it.
     *
     * @param cuesRead the cues read when only some cues are (a cue page): a range licence covers only cues
     *     using its own work or recording, so only licences stored on cues sharing their music are looked at,
     *     instead of every licence of the production; null when whole productions are read
     */
    private List<RangeLicence> rangeLicences(
            List<Production> productions, List<Cue> cuesRead, Map<Long, List<OptionFacts>> options) {
        List<Long> productionIds = productions.stream().map(p -> p.id).toList();
        List<Long> seriesIds =
                seriesOf(productions.stream().map(ClearanceFactsLoader::place).toList());
        // First the few (cue, holder, side) chains with a licence reaching beyond its cue, from the items
        // alone (a correlated "exists" per item read every licence of a 1,000-cue production: seconds);
        // then those chains whole, only when there are any. Outside a series the condition stays on the
        // production alone, which its index answers.
        String where =
                seriesIds.isEmpty() ? "p.id in :productions" : "(p.id in :productions or se.series.id in :series)";
        String music = cuesRead == null ? "" : " and (c.work.id in :works or c.recording.id in :recordings)";
        TypedQuery<Object[]> rangedQuery = em.createQuery(
                        "select distinct r.cue.id, r.party.id, r.side from ClearanceItem r join r.cue c"
                                + " join c.production p left join p.season se where r.rangeKind <> :cue and "
                                + where + music,
                        Object[].class)
                .setParameter("productions", productionIds)
                .setParameter("cue", LicenceRange.CUE);
        if (!seriesIds.isEmpty()) {
            rangedQuery.setParameter("series", seriesIds);
        }
        if (cuesRead != null) {
            rangedQuery
                    .setParameter(
                            "works",
                            orNone(cuesRead.stream().map(c -> idOf(c.work)).toList()))
                    .setParameter(
                            "recordings",
                            orNone(cuesRead.stream().map(c -> idOf(c.recording)).toList()));
        }
        List<Object[]> ranged = rangedQuery.getResultList();
        if (ranged.isEmpty()) {
            return List.of();
        }
        Set<List<Object>> chainKeys =
                ranged.stream().map(row -> List.of(row[0], row[1], row[2])).collect(Collectors.toSet());
        List<ClearanceItem> chains = em.createQuery(
                        "select i from ClearanceItem i join fetch i.party join fetch i.cue c join fetch c.production p"
                                + " left join fetch p.season se where c.id in :cues order by i.id",
                        ClearanceItem.class)
                .setParameter(
                        "cues", ranged.stream().map(row -> row[0]).distinct().toList())
                .getResultStream()
                .filter(i -> chainKeys.contains(List.of(i.cue.id, i.party.id, i.side)))
                .toList();
        List<ClearanceItem> inForce =
                inForce(chains).stream().filter(i -> i.rangeKind.spansCues()).toList();
        if (inForce.isEmpty()) {
            return List.of();
        }
        List<EpisodePlace> homes =
                inForce.stream().map(i -> place(i.cue.production)).toList();
        List<RangeUse> uses = em.createQuery(
                        "select c.id, c.number, p.id, c.work.id, c.recording.id, se.id, se.number, se.series.id,"
                                + " p.episodeOrder from Cue c join c.production p left join p.season se"
                                + " where c.active = true and (p.id in :productions or se.series.id in :series)"
                                + " and (c.work.id in :works or c.recording.id in :recordings)",
                        Object[].class)
                .setParameter(
                        "productions",
                        homes.stream().map(EpisodePlace::productionId).toList())
                .setParameter("series", orNone(seriesOf(homes)))
                .setParameter(
                        "works",
                        orNone(inForce.stream().map(i -> idOf(i.cue.work)).toList()))
                .setParameter(
                        "recordings",
                        orNone(inForce.stream().map(i -> idOf(i.cue.recording)).toList()))
                .getResultStream()
                .map(ClearanceFactsLoader::use)
                .toList();
        List<RangeLicence> licences = new ArrayList<>();
        for (int n = 0; n < inForce.size(); n++) {
            ClearanceItem i = inForce.get(n);
            licences.add(new RangeLicence(
                    item(i, options.getOrDefault(i.id, List.of())),
                    homes.get(n),
                    idOf(i.cue.work),
                    idOf(i.cue.recording),
                    uses));
        }
        return licences;
    }

    private static RangeUse use(Object[] row) {
        Long seasonId = (Long) row[5];
        long productionId = (Long) row[2];
        EpisodePlace place = seasonId == null
                ? EpisodePlace.alone(productionId)
                : new EpisodePlace(
                        productionId, (Long) row[7], seasonId, (Integer) row[6], row[8] == null ? 0 : (Integer) row[8]);
        return new RangeUse((Long) row[0], (String) row[1], place, (Long) row[3], (Long) row[4]);
    }

    private static List<Long> seriesOf(List<EpisodePlace> places) {
        return places.stream()
                .map(EpisodePlace::seriesId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    // An empty list in "in (...)" is not portable SQL; no entity has id 0.
    private static List<Long> orNone(List<Long> ids) {
        List<Long> present = ids.stream().filter(Objects::nonNull).distinct().toList();
        return present.isEmpty() ? List.of(0L) : present;
    }

    private static Long idOf(BaseEntity entity) {
        return entity == null ? null : entity.id;
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
                itemsByCue.getOrDefault(c.id, List.of()),
                c.usage,
                c.durationSeconds);
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
                i.obsolete,
                i.rangeKind,
                i.rangeCap,
                i.grantedUse(),
                false);
    }

    private static OptionFacts option(LicenceOption o) {
        Money fee = o.fee == null || o.currency == null ? null : Money.of(o.fee, Money.currencyOf(o.currency));
        return new OptionFacts(o.description, fee, o.exerciseDeadline, o.exercised);
    }
}
