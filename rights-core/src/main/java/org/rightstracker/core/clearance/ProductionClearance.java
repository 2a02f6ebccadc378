package org.rightstracker.core.clearance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rightstracker.core.clearance.engine.ClearanceEngine;
import org.rightstracker.core.clearance.engine.CueFacts;
import org.rightstracker.core.clearance.engine.Holder;
import org.rightstracker.core.clearance.engine.ItemFacts;
import org.rightstracker.core.clearance.engine.OptionFacts;
import org.rightstracker.core.clearance.engine.ProductionFacts;
import org.rightstracker.core.clearance.engine.ProductionVerdict;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueNumberOrder;
import org.rightstracker.core.licence.LicenceOption;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.recording.MasterShare;
import org.rightstracker.core.shared.Money;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.work.PublisherShare;
import org.rightstracker.core.work.WriterShare;

/**
 * The one read path for a production's clearance: loads everything the engine needs in seven
 * statements, however many cues the production has, and hands it to the engine.
 */
@ApplicationScoped
public class ProductionClearance {

    /** Days ahead in which a quote expiry or option deadline makes a cue at risk. */
    static final int AT_RISK_DAYS = 30;

    @Inject
    EntityManager em;

    /** Runs in a transaction so the statements read one consistent state and nothing cached before it. */
    @Transactional
    public ProductionVerdict evaluate(long productionId) {
        return evaluate(load(productionId), LocalDate.now());
    }

    public ProductionVerdict evaluate(ProductionFacts facts, LocalDate today) {
        return new ClearanceEngine(today, AT_RISK_DAYS).evaluate(facts);
    }

    @Transactional
    public ProductionFacts load(long productionId) {
        Production production = em.createQuery(
                        "select p from Production p left join fetch p.studio where p.id = :id", Production.class)
                .setParameter("id", productionId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> NotFoundException.of("Production", productionId));
        List<Cue> cues = em.createQuery(
                        "select c from Cue c left join fetch c.work left join fetch c.recording"
                                + " where c.production.id = :id",
                        Cue.class)
                .setParameter("id", productionId)
                .getResultList();
        Map<Long, List<Holder>> publishers = em.createQuery(
                        "select s from PublisherShare s join fetch s.party where s.work.id in"
                                + " (select c.work.id from Cue c where c.production.id = :id) order by s.position",
                        PublisherShare.class)
                .setParameter("id", productionId)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        s -> s.work.id,
                        Collectors.mapping(s -> new Holder(s.party.id, s.party.name, s.share()), Collectors.toList())));
        Map<Long, List<Holder>> writers = em.createQuery(
                        "select w from WriterShare w join fetch w.party where w.work.id in"
                                + " (select c.work.id from Cue c where c.production.id = :id) order by w.position",
                        WriterShare.class)
                .setParameter("id", productionId)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        w -> w.work.id,
                        Collectors.mapping(w -> new Holder(w.party.id, w.party.name, w.share()), Collectors.toList())));
        Map<Long, List<Holder>> masters = em.createQuery(
                        "select m from MasterShare m join fetch m.party where m.recording.id in"
                                + " (select c.recording.id from Cue c where c.production.id = :id) order by m.position",
                        MasterShare.class)
                .setParameter("id", productionId)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        m -> m.recording.id,
                        Collectors.mapping(m -> new Holder(m.party.id, m.party.name, m.share()), Collectors.toList())));
        List<ClearanceItem> items = em.createQuery(
                        "select i from ClearanceItem i join fetch i.party where i.cue.production.id = :id order by i.id",
                        ClearanceItem.class)
                .setParameter("id", productionId)
                .getResultList();
        Map<Long, List<OptionFacts>> options = em.createQuery(
                        "select o from LicenceOption o where o.item.cue.production.id = :id order by o.id",
                        LicenceOption.class)
                .setParameter("id", productionId)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        o -> o.item.id, Collectors.mapping(ProductionClearance::option, Collectors.toList())));
        Map<Long, List<ItemFacts>> itemsByCue = items.stream()
                .collect(Collectors.groupingBy(
                        i -> i.cue.id,
                        Collectors.mapping(i -> item(i, options.getOrDefault(i.id, List.of())), Collectors.toList())));

        List<CueFacts> cueFacts = new ArrayList<>();
        cues.stream()
                .sorted(Comparator.comparing(c -> c.number, CueNumberOrder.INSTANCE))
                .forEach(c -> {
                    Long workId = c.work == null ? null : c.work.id;
                    Long recordingId = c.recording == null ? null : c.recording.id;
                    cueFacts.add(new CueFacts(
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
                            itemsByCue.getOrDefault(c.id, List.of())));
                });
        return new ProductionFacts(
                production.id,
                production.displayTitle(),
                production.currency(),
                production.budget(),
                production.releasePlan(),
                production.studioOwnsScore,
                cueFacts);
    }

    private static ItemFacts item(ClearanceItem i, List<OptionFacts> options) {
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
