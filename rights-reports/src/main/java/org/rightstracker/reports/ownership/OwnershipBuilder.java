package org.rightstracker.reports.ownership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.rightstracker.core.clearance.engine.CueFacts;
import org.rightstracker.core.clearance.engine.Holder;
import org.rightstracker.core.clearance.engine.ItemFacts;
import org.rightstracker.core.clearance.engine.ItemVerdict;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.shared.Money;
import org.rightstracker.core.work.WorkService;
import org.rightstracker.reports.ownership.OwnershipReport.CueOwnership;
import org.rightstracker.reports.ownership.OwnershipReport.Holding;
import org.rightstracker.reports.ownership.OwnershipReport.OriginTotal;
import org.rightstracker.reports.ownership.OwnershipReport.PartyHoldings;
import org.rightstracker.reports.ownership.OwnershipReport.RightsShare;
import org.rightstracker.reports.ownership.OwnershipReport.Share;
import org.rightstracker.reports.render.ProductionSnapshot;
import org.rightstracker.reports.render.ProductionSnapshot.CueView;
import org.rightstracker.reports.render.ProductionSnapshots;

/** Builds the {@link OwnershipReport} of a production from one snapshot read. */
@ApplicationScoped
public class OwnershipBuilder {

    @Inject
    ProductionSnapshots snapshots;

    @Inject
    WorkService works;

    public OwnershipReport build(long productionId, LocalDate today) {
        return build(snapshots.load(productionId, today));
    }

    /** A party's holdings and payments while they are being added up. */
    private static final class Ledger {
        final String name;
        final List<Holding> holdings = new ArrayList<>();
        Money committed;
        Money projected;

        Ledger(String name, Currency currency) {
            this.name = name;
            this.committed = Money.zero(currency);
            this.projected = Money.zero(currency);
        }
    }

    public OwnershipReport build(ProductionSnapshot snapshot) {
        Currency currency = snapshot.facts().currency();
        List<CueOwnership> cues = new ArrayList<>();
        Map<Long, Ledger> ledgers = new LinkedHashMap<>();
        Map<CueOrigin, int[]> counts = new EnumMap<>(CueOrigin.class);
        Map<CueOrigin, Money> spend = new EnumMap<>(CueOrigin.class);
        Map<Long, List<WorkService.RegisteredShare>> registered = works.registeredOwnership(snapshot.cues().stream()
                .map(c -> c.facts().workId())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        for (CueView cue : snapshot.cues()) {
            CueFacts facts = cue.facts();
            if (!facts.active()) {
                continue;
            }
            cues.add(new CueOwnership(
                    cues.size() + 1,
                    facts.number(),
                    facts.title(),
                    facts.origin().label(),
                    shares(facts.writers()),
                    shares(facts.publishers()),
                    shares(facts.masterOwners()),
                    facts.workId() == null
                            ? List.of()
                            : registered.getOrDefault(facts.workId(), List.of()).stream()
                                    .map(r -> new RightsShare(r.party(), r.pr(), r.mr(), r.sr()))
                                    .toList(),
                    note(facts, snapshot.facts().studioOwnsScore())));
            hold(ledgers, currency, facts, facts.writers(), "Writer");
            hold(ledgers, currency, facts, facts.publishers(), "Publisher");
            hold(ledgers, currency, facts, facts.masterOwners(), "Master owner");
            for (ItemVerdict item : cue.verdict().items()) {
                ItemFacts itemFacts = cue.item(item.itemId());
                if (!itemFacts.isInPlay()
                        || item.effectiveFee() == null
                        || !item.effectiveFee().currency().equals(currency)) {
                    continue;
                }
                Ledger ledger =
                        ledgers.computeIfAbsent(itemFacts.partyId(), id -> new Ledger(item.partyName(), currency));
                ledger.projected = ledger.projected.plus(item.effectiveFee());
                if (item.status().isCommitted()) {
                    ledger.committed = ledger.committed.plus(item.effectiveFee());
                }
            }
            int[] count = counts.computeIfAbsent(facts.origin(), o -> new int[2]);
            count[0]++;
            count[1] +=
                    cue.timing().durationSeconds() == null ? 0 : cue.timing().durationSeconds();
            spend.merge(facts.origin(), cue.verdict().budget().projected(), Money::plus);
        }
        List<PartyHoldings> parties = ledgers.values().stream()
                .sorted((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(a.name, b.name))
                .map(l -> new PartyHoldings(l.name, l.holdings, l.committed, l.projected))
                .toList();
        List<OriginTotal> origins = new ArrayList<>();
        int totalCues = 0;
        int totalSeconds = 0;
        Money totalSpend = Money.zero(currency);
        for (Map.Entry<CueOrigin, int[]> entry : counts.entrySet()) {
            Money projected = spend.get(entry.getKey());
            origins.add(new OriginTotal(entry.getKey().label(), entry.getValue()[0], entry.getValue()[1], projected));
            totalCues += entry.getValue()[0];
            totalSeconds += entry.getValue()[1];
            totalSpend = totalSpend.plus(projected);
        }
        return new OwnershipReport(
                snapshot.heading(),
                cues,
                parties,
                origins,
                new OriginTotal("All music", totalCues, totalSeconds, totalSpend));
    }

    private static List<Share> shares(List<Holder> holders) {
        return holders.stream()
                .map(h -> new Share(h.partyName(), h.share().value()))
                .toList();
    }

    private static String note(CueFacts cue, boolean studioOwnsScore) {
        if (cue.origin().isCommissioned()) {
            return studioOwnsScore
                    ? "Written for the production; the studio owns composition and recording."
                    : "Written for the production; cleared by the composer agreement.";
        }
        if (cue.compositionIsPublicDomain()) {
            return "The composition is in the public domain.";
        }
        return null;
    }

    private static void hold(
            Map<Long, Ledger> ledgers, Currency currency, CueFacts cue, List<Holder> holders, String interest) {
        for (Holder holder : holders) {
            ledgers.computeIfAbsent(holder.partyId(), id -> new Ledger(holder.partyName(), currency))
                    .holdings
                    .add(new Holding(
                            cue.number(), cue.title(), interest, holder.share().value()));
        }
    }
}
