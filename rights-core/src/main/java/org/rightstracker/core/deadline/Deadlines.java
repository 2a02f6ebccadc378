package org.rightstracker.core.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.licence.LicenceOption;
import org.rightstracker.core.licence.LicenceStatus;

/**
 * Every dated deadline of some productions, past and future, for a calendar: quote expiries of quoted and
 * negotiating licences, exercise deadlines of options neither exercised nor lapsed, and the last day of
 * executed licences with a fixed term (none for a licence in perpetuity). Three statements whatever the
 * number of licences; active cues and current holders only.
 */
@ApplicationScoped
public class Deadlines {

    private static final String ITEMS = "select i from ClearanceItem i join fetch i.cue c join fetch c.production p"
            + " join fetch i.party where i.obsolete = false and c.active = true";

    @Inject
    EntityManager em;

    /** @param productionIds the productions to look at; null for every production */
    @Transactional
    public List<Deadline> of(Collection<Long> productionIds) {
        if (productionIds != null && productionIds.isEmpty()) {
            return List.of();
        }
        List<Deadline> deadlines = new ArrayList<>();
        query(ClearanceItem.class, ITEMS + " and i.status in :statuses and i.quoteExpiresOn is not null", productionIds)
                .setParameter("statuses", List.of(LicenceStatus.QUOTED, LicenceStatus.NEGOTIATING))
                .getResultStream()
                .forEach(
                        i -> deadlines.add(of(DeadlineKind.QUOTE_EXPIRY, i.quoteExpiresOn, i.id, i, i.status.label())));
        query(
                        LicenceOption.class,
                        "select o from LicenceOption o join fetch o.item i join fetch i.cue c join fetch c.production p"
                                + " join fetch i.party where i.obsolete = false and c.active = true"
                                + " and i.status not in :out and o.exercised = false and o.lapsedOn is null"
                                + " and o.exerciseDeadline is not null",
                        productionIds)
                .setParameter("out", List.of(LicenceStatus.DENIED, LicenceStatus.WITHDRAWN))
                .getResultStream()
                .forEach(o -> deadlines.add(
                        of(DeadlineKind.OPTION_DEADLINE, o.exerciseDeadline, o.id, o.item, o.description)));
        query(
                        ClearanceItem.class,
                        ITEMS + " and i.status = :licensed and i.termStart is not null and i.termYears is not null"
                                // A licence replaced by its executed amendment no longer ends anything.
                                + " and not exists (select a from ClearanceItem a where a.amends = i"
                                + " and a.status = :licensed)",
                        productionIds)
                .setParameter("licensed", LicenceStatus.LICENSED)
                .getResultStream()
                .forEach(i -> deadlines.add(of(
                        DeadlineKind.TERM_END,
                        // The term's end is the first day no longer covered; the calendar shows the last day that is.
                        i.term().end().orElseThrow().minusDays(1),
                        i.id,
                        i,
                        i.termYears + (i.termYears == 1 ? " year" : " years") + " from " + i.termStart)));
        deadlines.sort(
                Comparator.comparing(Deadline::on).thenComparing(Deadline::kind).thenComparingLong(Deadline::sourceId));
        return deadlines;
    }

    private static Deadline of(
            DeadlineKind kind, java.time.LocalDate on, long sourceId, ClearanceItem item, String what) {
        return new Deadline(
                kind,
                on,
                sourceId,
                item.id,
                item.cue.production.id,
                item.cue.production.displayTitle(),
                item.cue.id,
                item.cue.number,
                item.cue.title,
                item.party.name,
                item.side.label(),
                what);
    }

    private <T> TypedQuery<T> query(Class<T> type, String jpql, Collection<Long> productionIds) {
        return productionIds == null
                ? em.createQuery(jpql, type)
                : em.createQuery(jpql + " and p.id in :ids", type).setParameter("ids", productionIds);
    }
}
