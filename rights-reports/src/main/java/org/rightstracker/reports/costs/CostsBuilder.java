package org.rightstracker.reports.costs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.rightstracker.core.clearance.engine.BudgetSummary;
import org.rightstracker.core.clearance.engine.ItemFacts;
import org.rightstracker.core.clearance.engine.ItemVerdict;
import org.rightstracker.core.clearance.engine.OptionFacts;
import org.rightstracker.core.clearance.engine.RangeLicence;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.shared.Money;
import org.rightstracker.core.shared.Share;
import org.rightstracker.reports.costs.CostsReport.Bar;
import org.rightstracker.reports.costs.CostsReport.CueCost;
import org.rightstracker.reports.costs.CostsReport.LicensorCost;
import org.rightstracker.reports.costs.CostsReport.MfnAdjustment;
import org.rightstracker.reports.render.ProductionSnapshot;
import org.rightstracker.reports.render.ProductionSnapshot.CueView;
import org.rightstracker.reports.render.ProductionSnapshots;

/**
 * Builds the {@link CostsReport} from one snapshot read. Per-licensor sums follow the engine's budget
 * rules item by item (in-play items only, production currency only, exercised options committed), so
 * the licensor rows add up to the production totals.
 */
@ApplicationScoped
public class CostsBuilder {

    @Inject
    ProductionSnapshots snapshots;

    public CostsReport build(long productionId, LocalDate today) {
        return build(snapshots.load(productionId, today));
    }

    /** A licensor's running totals. */
    private static final class Tally {
        int items;
        /** Items with neither an agreed nor a quoted fee: not in the sums, and not "0.00" either. */
        int unpriced;

        Money quoted;
        Money committed;
        Money projected;
        Money uplift;

        Tally(Currency currency) {
            quoted = Money.zero(currency);
            committed = Money.zero(currency);
            projected = Money.zero(currency);
            uplift = Money.zero(currency);
        }
    }

    public CostsReport build(ProductionSnapshot snapshot) {
        Currency currency = snapshot.facts().currency();
        BudgetSummary budget = snapshot.verdict().budget();
        List<CueCost> cues = new ArrayList<>();
        Map<String, Tally> licensors = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<MfnAdjustment> mfn = new ArrayList<>();
        // Season and series licences: each covered cue owes only its MFN uplift; the fee is counted once,
        // below, in the production the licence is stored in (as the engine's budget does).
        Set<Long> ranged = snapshot.facts().rangeLicences().stream()
                .map(RangeLicence::item)
                .filter(ItemFacts::isInPlay)
                .map(ItemFacts::id)
                .collect(Collectors.toSet());
        for (CueView cue : snapshot.cues()) {
            if (!cue.facts().active()) {
                continue;
            }
            BudgetSummary cueBudget = cue.verdict().budget();
            cues.add(new CueCost(
                    cues.size() + 1,
                    cue.verdict().number(),
                    cue.verdict().title(),
                    cue.verdict().status().label(),
                    cueBudget.quoted(),
                    cueBudget.committed(),
                    cueBudget.projected(),
                    cueBudget.mfnExposure(),
                    cueBudget.unpricedItems()));
            for (ItemVerdict item : cue.verdict().items()) {
                ItemFacts facts = cue.item(item.itemId());
                if (!facts.isInPlay()) {
                    continue;
                }
                if (ranged.contains(item.itemId())) {
                    addUse(licensors, item, currency);
                } else {
                    Tally tally = licensors.computeIfAbsent(item.partyName(), name -> new Tally(currency));
                    tally.items++;
                    if (item.feeUsed() == null) {
                        tally.unpriced++;
                    }
                    add(tally, facts, item, currency);
                }
                if (item.mfnUplift() != null && !item.mfnUplift().isZero()) {
                    mfn.add(new MfnAdjustment(
                            cue.verdict().number(),
                            cue.verdict().title(),
                            item.partyName(),
                            item.side().label(),
                            share(item),
                            item.feeUsed(),
                            item.effectiveFee(),
                            item.mfnUplift()));
                }
            }
        }
        for (RangeLicence licence : snapshot.facts().rangeLicences()) {
            ItemFacts whole = licence.item();
            if (whole.isInPlay()
                    && licence.home().productionId() == snapshot.facts().id()) {
                Tally tally = licensors.computeIfAbsent(whole.partyName(), name -> new Tally(currency));
                tally.items++;
                if (whole.feeUsed() == null) {
                    tally.unpriced++;
                }
                Money fee = whole.feeUsed();
                add(tally, whole, fee, fee == null ? null : Money.zero(fee.currency()), whole.status(), currency);
            }
        }
        BigDecimal largest =
                licensors.values().stream().map(t -> t.projected.amount()).reduce(BigDecimal.ZERO, BigDecimal::max);
        List<LicensorCost> licensorCosts = licensors.entrySet().stream()
                .map(e -> {
                    Tally t = e.getValue();
                    Bar bar = new Bar(
                            e.getKey(),
                            t.projected,
                            CostsReport.scaled(t.projected.amount(), largest),
                            CostsReport.scaled(t.committed.amount(), largest),
                            CostsReport.PROJECTED_COLOUR);
                    return new LicensorCost(
                            e.getKey(), t.items, t.unpriced, t.quoted, t.committed, t.projected, t.uplift, bar);
                })
                .toList();
        return new CostsReport(
                snapshot.heading(),
                snapshot.facts().budget(),
                budget,
                overview(snapshot.facts().budget(), budget),
                cues,
                licensorCosts,
                mfn);
    }

    private static void add(Tally tally, ItemFacts facts, ItemVerdict item, Currency currency) {
        add(tally, facts, item.effectiveFee(), item.mfnUplift(), item.status(), currency);
    }

    /** One use of a season or series licence: only what MFN raises this use by. */
    private static void addUse(Map<String, Tally> licensors, ItemVerdict use, Currency currency) {
        Money uplift = use.mfnUplift();
        if (uplift == null || uplift.isZero() || !uplift.currency().equals(currency)) {
            return;
        }
        Tally tally = licensors.computeIfAbsent(use.partyName(), name -> new Tally(currency));
        tally.projected = tally.projected.plus(uplift);
        tally.uplift = tally.uplift.plus(uplift);
        if (use.status().isCommitted()) {
            tally.committed = tally.committed.plus(uplift);
        }
    }

    private static void add(
            Tally tally, ItemFacts facts, Money effective, Money uplift, LicenceStatus status, Currency currency) {
        if (facts.quotedFee() != null && facts.quotedFee().currency().equals(currency)) {
            tally.quoted = tally.quoted.plus(facts.quotedFee());
        }
        if (effective != null && effective.currency().equals(currency)) {
            tally.projected = tally.projected.plus(effective);
            tally.uplift = tally.uplift.plus(uplift);
            if (status.isCommitted()) {
                tally.committed = tally.committed.plus(effective);
            }
        }
        for (OptionFacts option : facts.options()) {
            if (option.exercised()
                    && option.fee() != null
                    && option.fee().currency().equals(currency)) {
                tally.committed = tally.committed.plus(option.fee());
                tally.projected = tally.projected.plus(option.fee());
            }
        }
    }

    /** Budget, quoted, committed and projected on one scale; projected bars show their committed part. */
    private static List<Bar> overview(Money limit, BudgetSummary budget) {
        Money comparableLimit = limit != null && limit.currency().equals(budget.currency()) ? limit : null;
        BigDecimal largest = budget.quoted()
                .amount()
                .max(budget.projected().amount())
                .max(comparableLimit == null ? BigDecimal.ZERO : comparableLimit.amount());
        List<Bar> bars = new ArrayList<>();
        if (comparableLimit != null) {
            bars.add(new Bar(
                    "Budget",
                    comparableLimit,
                    CostsReport.scaled(comparableLimit.amount(), largest),
                    0,
                    CostsReport.BUDGET_COLOUR));
        }
        bars.add(new Bar(
                "Quoted",
                budget.quoted(),
                CostsReport.scaled(budget.quoted().amount(), largest),
                0,
                CostsReport.QUOTED_COLOUR));
        bars.add(new Bar(
                "Committed",
                budget.committed(),
                CostsReport.scaled(budget.committed().amount(), largest),
                CostsReport.scaled(budget.committed().amount(), largest),
                CostsReport.COMMITTED_COLOUR));
        bars.add(new Bar(
                "Projected",
                budget.projected(),
                CostsReport.scaled(budget.projected().amount(), largest),
                CostsReport.scaled(budget.committed().amount(), largest),
                CostsReport.PROJECTED_COLOUR));
        return bars;
    }

    private static String share(ItemVerdict item) {
        Share sync = item.syncShare();
        Share master = item.masterShare();
        if (sync != null && master != null) {
            return "sync " + sync + " · master " + master;
        }
        return sync != null ? sync.toString() : master != null ? master.toString() : "All";
    }
}
