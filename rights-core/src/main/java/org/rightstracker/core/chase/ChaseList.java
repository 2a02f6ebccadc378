package org.rightstracker.core.chase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.licence.LicenceEvent;
import org.rightstracker.core.licence.LicenceEventKind;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.production.Production;

/**
 * The chase list: every open licence of some productions with whom to chase and since when. Reads two
 * statements whatever the number of licences (the licences with their cue, production and licensor; the
 * latest follow-up of each), and the dashboard's "waiting" entry one.
 */
@ApplicationScoped
public class ChaseList {

    /** Licences still to be won: not requested yet, under way, or approved but not yet executed. */
    public static final List<LicenceStatus> OPEN = List.of(
            LicenceStatus.NOT_REQUESTED,
            LicenceStatus.REQUESTED,
            LicenceStatus.QUOTED,
            LicenceStatus.NEGOTIATING,
            LicenceStatus.APPROVED);

    /** Requested and not yet approved: the licensor owes us an answer. */
    public static final List<LicenceStatus> AWAITING_ANSWER =
            List.of(LicenceStatus.REQUESTED, LicenceStatus.QUOTED, LicenceStatus.NEGOTIATING);

    // Open licences of active cues; obsolete items (former holders) are nobody's to chase.
    private static final String OPEN_ITEMS = " where i.obsolete = false and c.active = true and i.status in :statuses";

    @Inject
    EntityManager em;

    /**
     * @param productionIds the productions to look at (the user's); null for every production
     */
    @Transactional
    public List<ChaseRow> load(Collection<Long> productionIds, LocalDate today) {
        if (productionIds != null && productionIds.isEmpty()) {
            return List.of();
        }
        List<ClearanceItem> items = query(
                        ClearanceItem.class,
                        "select i from ClearanceItem i join fetch i.cue c join fetch c.production p"
                                + " join fetch i.party" + OPEN_ITEMS,
                        productionIds,
                        OPEN)
                .getResultList();
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, LicenceEvent> latest = latestFollowUps(productionIds);
        return items.stream().map(item -> row(item, latest.get(item.id), today)).toList();
    }

    /**
     * Licences requested more than {@code days} days ago, not yet approved, whose last contact (the
     * request or the latest follow-up) is older than that: longest waiting first.
     */
    @Transactional
    public List<WaitingLicence> waiting(Collection<Long> productionIds, LocalDate today, int days) {
        if (productionIds != null && productionIds.isEmpty()) {
            return List.of();
        }
        LocalDate cutoff = today.minusDays(days);
        // Columns, not entities: the dashboard asks this after every change to one of its productions, and
        // hydrating (then dirty-checking) thousands of licences cost more than the statement itself.
        List<Object[]> found = query(
                        Object[].class,
                        "select i.id, p, c.id, c.number, c.title, party.name, i.status, i.requestedOn,"
                                + " (select max(f.occurredOn) from LicenceEvent f where f.item = i and f.kind = :followUp)"
                                + " from ClearanceItem i join i.cue c join c.production p join i.party party"
                                + OPEN_ITEMS
                                + " and i.requestedOn < :cutoff and not exists (select r.id from LicenceEvent r"
                                + " where r.item = i and r.kind = :followUp and r.occurredOn >= :cutoff)",
                        productionIds,
                        AWAITING_ANSWER)
                .setParameter("followUp", LicenceEventKind.FOLLOW_UP)
                .setParameter("cutoff", cutoff)
                .getResultList();
        return found.stream()
                .map(row -> {
                    Production production = (Production) row[1];
                    LocalDate requestedOn = (LocalDate) row[7];
                    LocalDate lastFollowUp = (LocalDate) row[8];
                    LocalDate lastContact =
                            lastFollowUp == null || lastFollowUp.isBefore(requestedOn) ? requestedOn : lastFollowUp;
                    return new WaitingLicence(
                            (Long) row[0],
                            production.id,
                            production.displayTitle(),
                            (Long) row[2],
                            (String) row[3],
                            (String) row[4],
                            (String) row[5],
                            (LicenceStatus) row[6],
                            requestedOn,
                            lastContact,
                            ChronoUnit.DAYS.between(requestedOn, today));
                })
                .sorted(WaitingLicence.LONGEST_FIRST)
                .toList();
    }

    private Map<Long, LicenceEvent> latestFollowUps(Collection<Long> productionIds) {
        List<LicenceEvent> events = query(
                        LicenceEvent.class,
                        "select e from LicenceEvent e join e.item i join i.cue c join c.production p"
                                + OPEN_ITEMS
                                + " and e.kind = :followUp and not exists (select l.id from LicenceEvent l"
                                + " where l.item = e.item and l.kind = :followUp and (l.occurredOn > e.occurredOn"
                                + " or (l.occurredOn = e.occurredOn and l.id > e.id)))",
                        productionIds,
                        OPEN)
                .setParameter("followUp", LicenceEventKind.FOLLOW_UP)
                .getResultList();
        Map<Long, LicenceEvent> latest = new HashMap<>();
        for (LicenceEvent event : events) {
            latest.put(event.item.id, event);
        }
        return latest;
    }

    private static ChaseRow row(ClearanceItem item, LicenceEvent followUp, LocalDate today) {
        String partyContact = joined(item.party.contactName, item.party.email, item.party.phone);
        boolean ownContact = item.contact != null && !item.contact.isBlank();
        LocalDate next = followUp == null ? null : followUp.nextFollowUpOn;
        boolean asked = item.status != LicenceStatus.NOT_REQUESTED && item.requestedOn != null;
        return new ChaseRow(
                item.id,
                item.version,
                item.cue.production.id,
                item.cue.production.displayTitle(),
                item.cue.id,
                item.cue.number,
                item.cue.title,
                item.party.id,
                item.party.name,
                partyContact,
                item.side,
                item.syncShare(),
                item.masterShare(),
                item.status,
                ownContact ? item.contact.strip() : joined(item.party.email, item.party.phone),
                !ownContact,
                item.requestedOn,
                asked ? ChronoUnit.DAYS.between(item.requestedOn, today) : null,
                followUp == null ? null : followUp.occurredOn,
                followUp == null ? null : followUp.channel,
                next,
                next != null && next.isBefore(today),
                item.quoteExpiresOn);
    }

    private static String joined(String... parts) {
        return Stream.of(parts)
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" · "));
    }

    private <T> TypedQuery<T> query(
            Class<T> type, String jpql, Collection<Long> productionIds, List<LicenceStatus> statuses) {
        String filtered = productionIds == null ? jpql : jpql + " and p.id in :ids";
        TypedQuery<T> query = em.createQuery(filtered, type).setParameter("statuses", statuses);
        return productionIds == null ? query : query.setParameter("ids", productionIds);
    }
}
