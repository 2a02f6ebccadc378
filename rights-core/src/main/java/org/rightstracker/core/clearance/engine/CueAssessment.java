package org.rightstracker.core.clearance.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.shared.Share;

/** Evaluates one cue against one production's release plan, studio ownership and currency. */
final class CueAssessment {

    private static final BigDecimal FULL = Share.FULL.value();
    private static final BigDecimal NONE = Share.ZERO.value();

    private final PlanCoverage coverage;
    private final boolean studioOwnsScore;
    private final Currency currency;
    private final ItemChecks itemChecks;
    private final RangeCoverage ranges;

    CueAssessment(LocalDate today, int atRiskDays, ProductionFacts production) {
        this.ranges = new RangeCoverage(production);
        this.coverage = new PlanCoverage(production.releasePlan());
        this.studioOwnsScore = production.studioOwnsScore();
        this.currency = production.currency();
        this.itemChecks = new ItemChecks(today, atRiskDays, production.currency());
    }

    /** Range licences stored in this production, whose whole fee the production budgets once. */
    List<ItemFacts> rangeLicencesStoredHere() {
        return ranges.storedHere();
    }

    CueVerdict evaluate(CueFacts stored) {
        Findings findings = new Findings();
        List<RangeCover> covers = new ArrayList<>();
        CueFacts cue = ranges.apply(stored, findings, covers);
        if (!coverage.hasPlan()) {
            findings.add(
                    Problem.about(
                            ProblemCode.NO_RELEASE_PLAN,
                            Severity.ACTION,
                            "The production has no complete release plan, so no licence can be checked against it."),
                    "Record the release plan (media, territories and term) of the production");
        }

        boolean syncNeeded;
        boolean masterNeeded;
        boolean syncKnown = true;
        boolean masterKnown = true;
        if (cue.origin().isCommissioned()) {
            syncNeeded = !studioOwnsScore;
            masterNeeded = !studioOwnsScore;
            if (!studioOwnsScore) {
                syncKnown = OwnershipCheck.composer(cue, findings);
                masterKnown = syncKnown;
            }
        } else {
            syncNeeded = !cue.compositionIsPublicDomain();
            // A public-domain cue without a recording is performed for the production, which owns the
            // result; soundtrack and library cues always use an existing recording someone owns.
            masterNeeded = cue.origin() != CueOrigin.PUBLIC_DOMAIN || cue.recordingId() != null;
            if (syncNeeded) {
                syncKnown = OwnershipCheck.composition(cue, findings);
            }
            if (masterNeeded) {
                masterKnown = OwnershipCheck.recording(cue, findings);
            }
        }

        Map<Long, MfnResult> fees = new MfnCalculator(currency).apply(cue.items());
        for (ItemFacts item : cue.items()) {
            coverage.report(item, findings);
            UseCheck.report(item, cue, findings);
            itemChecks.report(item, fees.get(item.id()), findings);
        }
        reportUnrequested(cue, findings);

        Set<Long> refusalsReported = new HashSet<>();
        SideStatus sync = side(Side.SYNC, syncNeeded, syncKnown, cue, findings, refusalsReported);
        SideStatus master = side(Side.MASTER, masterNeeded, masterKnown, cue, findings, refusalsReported);

        List<ItemVerdict> items = new ArrayList<>();
        BudgetTally budget = new BudgetTally(currency);
        for (ItemFacts item : cue.items()) {
            MfnResult fee = fees.get(item.id());
            items.add(new ItemVerdict(
                    item.id(),
                    item.partyName(),
                    item.side(),
                    item.syncShare(),
                    item.masterShare(),
                    item.status(),
                    fee.feeUsed(),
                    fee.effectiveFee(),
                    fee.uplift(),
                    coverage.covers(item) && UseCheck.covers(item, cue),
                    item.obsolete()));
            budget.addItem(item, fee);
        }

        return new CueVerdict(
                cue.id(),
                cue.number(),
                cue.title(),
                cue.origin(),
                cue.active(),
                status(cue, sync, master, findings),
                sync,
                master,
                findings.problems(),
                findings.actions(),
                items,
                budget.summary(null),
                covers);
    }

    private CueStatus status(CueFacts cue, SideStatus sync, SideStatus master, Findings findings) {
        boolean sidesDone = sync.isDone() && master.isDone();
        if (sidesDone && coverage.hasPlan()) {
            return CueStatus.CLEARED;
        }
        if (findings.has(Severity.BLOCKER)) {
            return CueStatus.BLOCKED;
        }
        if (findings.has(Severity.RISK)) {
            return CueStatus.AT_RISK;
        }
        // Everything is licensed or needs nothing, and only the missing release plan keeps the cue
        // from being cleared: that is work under way, not work not begun.
        if (sidesDone) {
            return CueStatus.IN_PROGRESS;
        }
        boolean started = current(cue.items()).anyMatch(item -> item.status() != LicenceStatus.NOT_REQUESTED);
        return started ? CueStatus.IN_PROGRESS : CueStatus.NOT_STARTED;
    }

    /**
     * One right of the cue. Shares licensed for the plan must reach 100%; a refusal blocks the side
     * only while nothing else in play covers the refused share.
     */
    private SideStatus side(
            Side right,
            boolean needed,
            boolean ownershipKnown,
            CueFacts cue,
            Findings findings,
            Set<Long> refusalsReported) {
        if (!needed) {
            return new SideStatus(SideState.NOT_NEEDED, NONE, NONE, NONE);
        }
        List<ItemFacts> items =
                current(cue.items()).filter(item -> item.clears(right)).toList();
        BigDecimal licensed = NONE;
        BigDecimal cleared = NONE;
        BigDecimal inPlay = NONE;
        for (ItemFacts item : items) {
            BigDecimal percent = item.percentOn(right);
            if (item.status() == LicenceStatus.LICENSED) {
                licensed = licensed.add(percent);
                if (coverage.covers(item) && UseCheck.covers(item, cue)) {
                    cleared = cleared.add(percent);
                }
            }
            if (item.isInPlay()) {
                inPlay = inPlay.add(percent);
            }
        }

        boolean refused = false;
        if (inPlay.compareTo(FULL) < 0) {
            for (ItemFacts item : items) {
                if (!item.status().isLive()) {
                    refused |= item.status() == LicenceStatus.DENIED;
                    if (refusalsReported.add(item.id())) {
                        reportRefusal(item, findings);
                    }
                }
            }
        }

        SideState state;
        if (cleared.compareTo(FULL) >= 0) {
            state = SideState.CLEARED;
        } else if (!ownershipKnown || refused) {
            state = SideState.BLOCKED;
        } else if (items.stream().anyMatch(item -> item.status() != LicenceStatus.NOT_REQUESTED)) {
            state = SideState.IN_PROGRESS;
        } else {
            state = SideState.NOT_STARTED;
        }
        return new SideStatus(state, licensed, cleared, FULL);
    }

    // A denial means the licensor said no: only another source or another piece of music helps. A
    // withdrawal was usually our own decision and can simply be asked again.
    private static void reportRefusal(ItemFacts item, Findings findings) {
        boolean denied = item.status() == LicenceStatus.DENIED;
        String message = (denied ? Wording.licence(item) : Wording.quote(item)) + " " + Wording.standing(item.status())
                + " and no other request covers its share.";
        if (denied) {
            findings.add(
                    Problem.onItem(item, ProblemCode.DENIED, Severity.BLOCKER, message),
                    "Find another licensor for the share held by " + Wording.party(item) + ", or replace the cue");
        } else {
            findings.add(
                    Problem.onItem(item, ProblemCode.WITHDRAWN, Severity.ACTION, message),
                    "Request a " + Wording.kind(item.side()) + " quote from " + Wording.party(item)
                            + " again, or replace the cue");
        }
    }

    // The service normally keeps stored items in step with RequiredItems; when it has not yet, the
    // supervisor still has to see every licensor the cue needs.
    private void reportUnrequested(CueFacts cue, Findings findings) {
        List<RequiredItem> required = RequiredItems.derive(
                cue.origin(), cue.publicDomain(), studioOwnsScore, cue.writers(), cue.publishers(), cue.masterOwners());
        for (RequiredItem need : required) {
            boolean stored = current(cue.items())
                    .anyMatch(item -> item.partyId() == need.partyId() && item.side() == need.side());
            if (stored) {
                continue;
            }
            String party =
                    partyName(cue, need.partyId()) + Wording.shares(need.side(), need.syncShare(), need.masterShare());
            boolean agreement = need.side() == ClearanceSide.COMPOSER_AGREEMENT;
            String deal = agreement ? "composer agreement" : Wording.kind(need.side()) + " licence";
            findings.add(
                    Problem.about(
                            ProblemCode.NOT_LICENSED,
                            Severity.ACTION,
                            "No " + deal + " has been requested from " + party + "."),
                    agreement
                            ? "Request the composer agreement from " + party
                            : "Request a " + Wording.kind(need.side()) + " quote from " + party);
        }
    }

    private static String partyName(CueFacts cue, long partyId) {
        return Stream.of(cue.publishers(), cue.masterOwners(), cue.writers())
                .flatMap(List::stream)
                .filter(holder -> holder.partyId() == partyId)
                .map(Holder::partyName)
                .findFirst()
                .orElse("party #" + partyId);
    }

    private static Stream<ItemFacts> current(List<ItemFacts> items) {
        return items.stream().filter(item -> !item.obsolete());
    }
}
