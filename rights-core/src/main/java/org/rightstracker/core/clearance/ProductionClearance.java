package org.rightstracker.core.clearance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.hibernate.Session;
import org.rightstracker.core.clearance.engine.ClearanceEngine;
import org.rightstracker.core.clearance.engine.CueFacts;
import org.rightstracker.core.clearance.engine.CueVerdict;
import org.rightstracker.core.clearance.engine.ItemFacts;
import org.rightstracker.core.clearance.engine.ItemVerdict;
import org.rightstracker.core.clearance.engine.MfnResult;
import org.rightstracker.core.clearance.engine.ProductionFacts;
import org.rightstracker.core.clearance.engine.ProductionVerdict;
import org.rightstracker.core.clearance.engine.RangeCover;
import org.rightstracker.core.clearance.engine.RangeLicence;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.shared.Money;
import org.rightstracker.core.shared.NotFoundException;

/**
 * The one read path for clearance: loads everything the engine needs in seven statements (see
 * {@link ClearanceFactsLoader}), however many cues, and hands it to the engine. A cue page evaluates
 * its cue alone — a cue's verdict depends only on its own items and the production's plan, currency
 * and score ownership (MFN compares items of one cue) — and the dashboard evaluates all of a user's
 * productions from one load.
 */
@ApplicationScoped
public class ProductionClearance {

    /** Days ahead in which a quote expiry or option deadline makes a cue at risk. */
    static final int AT_RISK_DAYS = 30;

    @Inject
    ClearanceFactsLoader loader;

    @Inject
    KeptVerdicts kept;

    @Inject
    EntityManager em;

    /** Runs in a transaction so the statements read one consistent state and nothing cached before it. */
    @Transactional
    public ProductionVerdict evaluate(long productionId) {
        return evaluate(load(productionId), LocalDate.now());
    }

    public ProductionVerdict evaluate(ProductionFacts facts, LocalDate today) {
        return engine(today).evaluate(facts);
    }

    /**
     * As {@link #evaluateAll}, for a caller that only shows the verdicts, from the verdicts kept since the
     * last evaluation: only cues changed since are loaded and evaluated ({@link KeptVerdicts}). In a
     * transaction of its own, so that only committed changes are kept, whose session keeps no snapshots of
     * what it loads (nothing is written, so nothing needs dirty-checking at its end: a fifth of a
     * dashboard's rebuild after an edit).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<Long, ProductionVerdict> evaluateAllForDisplay(Collection<Long> productionIds) {
        if (productionIds.isEmpty()) {
            return Map.of();
        }
        em.unwrap(Session.class).setDefaultReadOnly(true);
        LocalDate today = LocalDate.now();
        return kept.evaluate(productionIds, engine(today), today);
    }

    /** Every given production, from one load of seven statements; missing ids are left out. */
    @Transactional
    public Map<Long, ProductionVerdict> evaluateAll(Collection<Long> productionIds) {
        if (productionIds.isEmpty()) {
            return Map.of();
        }
        ClearanceEngine engine = engine(LocalDate.now());
        Map<Long, ProductionFacts> facts = loader.load(ClearanceScope.productions(productionIds));
        Map<Long, ProductionVerdict> verdicts = new LinkedHashMap<>();
        facts.forEach((id, production) -> verdicts.put(id, engine.evaluate(production)));
        return verdicts;
    }

    /** One cue against its production's plan, without reading the production's other cues. */
    @Transactional
    public CueVerdict evaluateCue(long cueId) {
        ProductionFacts production = loader.load(ClearanceScope.cue(cueId)).values().stream()
                .findFirst()
                .orElseThrow(() -> NotFoundException.of("Cue", cueId));
        return engine(LocalDate.now()).evaluate(production.cues().get(0), production);
    }

    /**
     * What MFN makes of one licence's fee were {@code agreed} its agreed fee, against the other licences of
     * its cue as they stand: the figure the budget would commit. Null when the licence has no fee then.
     * Weighed by the engine itself, so a season or series licence is compared per use, as its covered cues
     * see it (its fee shared by its uses); the answer is then scaled back to the whole licence (fee and
     * uplift times the uses sharing it), since the licence is agreed and budgeted once.
     */
    @Transactional
    public MfnResult feeIfAgreed(long cueId, long itemId, Money agreed) {
        ProductionFacts production = loader.load(ClearanceScope.cue(cueId)).values().stream()
                .findFirst()
                .orElseThrow(() -> NotFoundException.of("Cue", cueId));
        CueFacts cue = production.cues().get(0);
        // An open amendment is not in the facts: it is weighed in place of its chain's licence in force,
        // as it will be once executed (see ClearanceFactsLoader.inForce).
        ClearanceItem amendment = cue.items().stream().anyMatch(i -> i.id() == itemId)
                ? null
                : ClearanceItem.<ClearanceItem>findByIdOptional(itemId).orElse(null);
        // The licence in force that the amendment will replace, by its chain (holder and side) on this cue.
        long replaced = amendment == null
                ? -1
                : cue.items().stream()
                        .filter(i -> i.partyId() == amendment.party.id && i.side() == amendment.side)
                        .mapToLong(ItemFacts::id)
                        .findFirst()
                        .orElse(-1);
        UnaryOperator<ItemFacts> agreedHere = i -> i.id() == itemId
                ? agreedAt(i, agreed)
                : i.id() == replaced ? agreedAt(ClearanceFactsLoader.item(amendment, List.of()), agreed) : i;
        ProductionFacts weighed = production.with(
                List.of(cue.withItems(cue.items().stream().map(agreedHere).toList())),
                production.rangeLicences().stream()
                        .map(l -> new RangeLicence(
                                agreedHere.apply(l.item()), l.home(), l.workId(), l.recordingId(), l.uses()))
                        .toList());
        CueVerdict verdict = engine(LocalDate.now()).evaluate(weighed.cues().get(0), weighed);
        ItemVerdict item = verdict.items().stream()
                .filter(i -> i.itemId() == itemId)
                .findFirst()
                .orElse(null);
        if (item == null || item.feeUsed() == null) {
            return null;
        }
        int uses = verdict.coveredBy().stream()
                .filter(c -> c.itemId() == itemId)
                .mapToInt(RangeCover::divisor)
                .findFirst()
                .orElse(1);
        if (uses == 1) {
            return new MfnResult(itemId, item.feeUsed(), item.effectiveFee(), item.mfnUplift());
        }
        Money uplift = item.mfnUplift().times(BigDecimal.valueOf(uses));
        return new MfnResult(itemId, agreed, agreed.plus(uplift), uplift);
    }

    /** The licence as approved at {@code agreed}, keeping its range, cap and granted use. */
    private static ItemFacts agreedAt(ItemFacts i, Money agreed) {
        return new ItemFacts(
                i.id(),
                i.partyId(),
                i.partyName(),
                i.side(),
                i.syncShare(),
                i.masterShare(),
                LicenceStatus.APPROVED,
                i.quotedFee(),
                agreed,
                i.mfn(),
                i.mfnWaived(),
                i.granted(),
                i.quoteExpiry(),
                i.options(),
                i.obsolete(),
                i.range(),
                i.rangeCap(),
                i.use(),
                i.perUse());
    }

    @Transactional
    public ProductionFacts load(long productionId) {
        ProductionFacts facts =
                loader.load(ClearanceScope.productions(List.of(productionId))).get(productionId);
        if (facts == null) {
            throw NotFoundException.of("Production", productionId);
        }
        return facts;
    }

    private static ClearanceEngine engine(LocalDate today) {
        return new ClearanceEngine(today, AT_RISK_DAYS);
    }
}
