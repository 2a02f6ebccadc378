package org.rightstracker.reports.expiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.licence.LicenceOption;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.scope.Term;
import org.rightstracker.core.shared.Money;
import org.rightstracker.reports.expiring.ExpiringReport.EndingLicence;
import org.rightstracker.reports.expiring.ExpiringReport.LapsingQuote;
import org.rightstracker.reports.expiring.ExpiringReport.NearOption;

/**
 * Builds the {@link ExpiringReport} in three statements (licences with a fixed term, open options in
 * the window, quotes lapsing in the window), each fetching its cue, production and licensor.
 */
@ApplicationScoped
public class ExpiringBuilder {

    /** The longest window offered, two years: beyond that "expiring" stops meaning anything. */
    public static final int MAX_DAYS = 730;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    @Inject
    EntityManager em;

    /**
     * @param productionIds the productions to look at (the user's); null for every production
     * @param days the window, 0 to {@link #MAX_DAYS}
     */
    @Transactional
    public ExpiringReport build(Collection<Long> productionIds, int days, LocalDate today) {
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException("The window is 0 to " + MAX_DAYS + " days, not " + days);
        }
        LocalDate until = today.plusDays(days);
        if (productionIds != null && productionIds.isEmpty()) {
            return new ExpiringReport(today, days, until, List.of(), List.of(), List.of(), List.of());
        }
        List<EndingLicence> ending = licences(productionIds, today, until);
        // The window is the limit of the first sections; a licence ending after it but before the release
        // plan needs it is listed apart, so that the window never shows something outside it.
        return new ExpiringReport(
                today,
                days,
                until,
                ending.stream().filter(l -> !l.lastDay().isAfter(until)).toList(),
                ending.stream().filter(l -> l.lastDay().isAfter(until)).toList(),
                options(productionIds, today, until),
                quotes(productionIds, today, until));
    }

    private List<EndingLicence> licences(Collection<Long> ids, LocalDate today, LocalDate until) {
        List<ClearanceItem> items = query(
                        ClearanceItem.class,
                        "select i from ClearanceItem i join fetch i.cue c join fetch c.production p join fetch i.party"
                                + " where i.obsolete = false and c.active = true and i.status in :statuses"
                                + " and i.termStart is not null and i.termYears is not null"
                                // A licence replaced by its executed amendment: the amendment's term counts.
                                + " and not exists (select a from ClearanceItem a where a.amends = i"
                                + " and a.status = :licensed)",
                        ids)
                .setParameter("statuses", List.of(LicenceStatus.APPROVED, LicenceStatus.LICENSED))
                .setParameter("licensed", LicenceStatus.LICENSED)
                .getResultList();
        List<EndingLicence> ending = new ArrayList<>();
        for (ClearanceItem item : items) {
            LocalDate end = item.term().end().orElseThrow();
            Production production = item.cue.production;
            Term plan = production.planTerm();
            // end is the first day no longer covered: the last covered day is inside the window.
            boolean withinWindow = !end.minusDays(1).isAfter(until);
            boolean shortOfPlan = plan != null
                    && (plan.isPerpetual() || end.isBefore(plan.end().orElseThrow()));
            if (!withinWindow && !shortOfPlan) {
                continue;
            }
            String reason = withinWindow
                    ? (end.isAfter(today) ? "Ends within the window" : "Already ended")
                    : "Ends before the release plan needs it";
            if (withinWindow && shortOfPlan) {
                reason += ", before the release plan needs it";
            }
            ending.add(new EndingLicence(
                    production.id,
                    production.displayTitle(),
                    item.cue.id,
                    item.cue.number,
                    item.cue.title,
                    item.party.name,
                    item.side.label(),
                    item.status.label(),
                    end.minusDays(1),
                    ChronoUnit.DAYS.between(today, end.minusDays(1)),
                    plan == null
                            ? "No plan term"
                            : plan.isPerpetual()
                                    ? "In perpetuity"
                                    : DAY.format(plan.end().orElseThrow().minusDays(1)),
                    reason));
        }
        ending.sort(Comparator.comparing(EndingLicence::lastDay).thenComparing(EndingLicence::production));
        return ending;
    }

    private List<NearOption> options(Collection<Long> ids, LocalDate today, LocalDate until) {
        return query(
                        LicenceOption.class,
                        "select o from LicenceOption o join fetch o.item i join fetch i.cue c join fetch c.production p"
                                + " join fetch i.party where o.exercised = false and i.obsolete = false"
                                + " and c.active = true and o.exerciseDeadline between :today and :until"
                                + " order by o.exerciseDeadline, o.id",
                        ids)
                .setParameter("today", today)
                .setParameter("until", until)
                .getResultStream()
                .map(o -> new NearOption(
                        o.item.cue.production.id,
                        o.item.cue.production.displayTitle(),
                        o.item.cue.id,
                        o.item.cue.number,
                        o.item.cue.title,
                        o.item.party.name,
                        o.description,
                        o.fee == null || o.currency == null ? null : Money.of(o.fee, Money.currencyOf(o.currency)),
                        o.exerciseDeadline,
                        ChronoUnit.DAYS.between(today, o.exerciseDeadline)))
                .toList();
    }

    private List<LapsingQuote> quotes(Collection<Long> ids, LocalDate today, LocalDate until) {
        return query(
                        ClearanceItem.class,
                        "select i from ClearanceItem i join fetch i.cue c join fetch c.production p join fetch i.party"
                                + " where i.obsolete = false and c.active = true and i.status in :statuses"
                                + " and i.quoteExpiresOn between :today and :until order by i.quoteExpiresOn, i.id",
                        ids)
                .setParameter("statuses", List.of(LicenceStatus.QUOTED, LicenceStatus.NEGOTIATING))
                .setParameter("today", today)
                .setParameter("until", until)
                .getResultStream()
                .map(i -> new LapsingQuote(
                        i.cue.production.id,
                        i.cue.production.displayTitle(),
                        i.cue.id,
                        i.cue.number,
                        i.cue.title,
                        i.party.name,
                        i.side.label(),
                        i.status.label(),
                        i.agreed() != null ? i.agreed() : i.quoted(),
                        i.quoteExpiresOn,
                        ChronoUnit.DAYS.between(today, i.quoteExpiresOn)))
                .toList();
    }

    private <T> TypedQuery<T> query(Class<T> type, String jpql, Collection<Long> ids) {
        if (ids == null) {
            return em.createQuery(jpql, type);
        }
        String filtered = jpql.contains(" order by ")
                ? jpql.replace(" order by ", " and p.id in :ids order by ")
                : jpql + " and p.id in :ids";
        return em.createQuery(filtered, type).setParameter("ids", ids);
    }
}
