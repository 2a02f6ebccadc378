package org.rightstracker.web.page.cue;

import java.util.ArrayList;
import java.util.List;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.clearance.engine.ItemVerdict;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.licence.GrantedUse;
import org.rightstracker.core.licence.LicenceEvent;
import org.rightstracker.core.licence.LicenceRange;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.web.page.ConflictView;
import org.rightstracker.web.page.FormErrors;
import org.rightstracker.web.page.PageFormats;

/**
 * One clearance item on the cue page: the licence as saved, the engine's verdict on it (fees after
 * MFN, coverage), the steps it can take next, its timeline (newest first), and its forms with whatever
 * the user last typed. An amended licence names its latest amendment ({@code amendedBy}); an open
 * amendment has no verdict (the engine weighs the licence in force), so it shows no coverage or MFN figures.
 */
public record ItemPanel(
        ClearanceItem item,
        ItemVerdict verdict,
        List<StepAction> actions,
        StepForm step,
        LicensedForm licensed,
        FollowUpForm followUp,
        TermsForm terms,
        OptionForm option,
        List<LicenceEvent> timeline,
        String open,
        FormErrors errors,
        ConflictView conflict,
        ClearanceItem amendedBy,
        boolean canReopen,
        RangeCovers.Covered covered) {

    private static final int RECENT = 5;

    /** A workflow step offered as a button: the status it leads to and what the button says. */
    public record StepAction(LicenceStatus target, String label, String hint) {}

    public boolean isOpen(String panel) {
        return panel.equals(open);
    }

    /** The messages of the form named {@code panel}, when that is the one just refused; none otherwise. */
    public FormErrors errorsOf(String panel) {
        return isOpen(panel) ? errors : FormErrors.none();
    }

    /** The conflict of the form named {@code panel}, when that is the one that hit it; null otherwise. */
    public ConflictView conflictOf(String panel) {
        return isOpen(panel) ? conflict : null;
    }

    /** An amendment the engine does not weigh yet: the licence it amends is still the one in force. */
    public boolean notYetInForce() {
        return item.isAmendment() && verdict == null;
    }

    /** "Amendment 1 of licence #12 — not yet in force", or null for an original or an amendment in force. */
    public String amendmentLabel() {
        if (!item.isAmendment()) {
            return null;
        }
        String amended = item.amends == null ? "" : " of licence #" + item.amends.id;
        return "Amendment " + item.amendmentNo + amended + (notYetInForce() ? " — not yet in force" : "");
    }

    /**
     * "Covers every use in the series, the first 3 — main title up to 0:45 (opening titles)", or null for a
     * licence of this cue only that restricts no use.
     */
    public String useLine() {
        GrantedUse use = item.grantedUse();
        if (!item.rangeKind.spansCues() && !use.restricts() && use.scene() == null) {
            return null;
        }
        String range = item.rangeKind.label()
                + (item.rangeCap == null
                        ? ""
                        : ", the first " + item.rangeCap + " use" + (item.rangeCap == 1 ? "" : "s"));
        return range + " — " + use.describe() + (use.scene() == null ? "" : " (quoted for: " + use.scene() + ")");
    }

    /** Range and granted use are negotiated terms: set while open, amended once executed. */
    public boolean canSetUse() {
        return item.status != LicenceStatus.LICENSED && !item.obsolete;
    }

    public List<CueUsage> usages() {
        return List.of(CueUsage.values());
    }

    public List<LicenceRange> ranges() {
        return List.of(LicenceRange.values());
    }

    public boolean grants(CueUsage usage) {
        return item.grantedUse().usages().contains(usage);
    }

    public String maxDuration() {
        return item.grantedMaxSeconds == null ? "" : GrantedUse.minutes(item.grantedMaxSeconds);
    }

    public String quoted() {
        return PageFormats.orDash(item.quoted());
    }

    public String agreed() {
        return PageFormats.orDash(item.agreed());
    }

    /** The fee the production will pay once MFN is applied; a dash while unpriced. */
    public String afterMfn() {
        return verdict == null ? "—" : PageFormats.orDash(verdict.effectiveFee());
    }

    /** What MFN adds to this licensor's fee, or null when nothing. */
    public String uplift() {
        return verdict == null
                        || verdict.mfnUplift() == null
                        || verdict.mfnUplift().isZero()
                ? null
                : verdict.mfnUplift().formatted();
    }

    /** "item-12-": prefixes the ids of this item's form fields, which repeat once per item. */
    public String prefix() {
        return "item-" + item.id + "-";
    }

    public boolean canMove() {
        return !item.obsolete && !actions.isEmpty();
    }

    /** Whether the step form offers a new quote, and so the quote's expiry and MFN. */
    public boolean canQuote() {
        return offers(LicenceStatus.QUOTED);
    }

    /** Whether the step form offers approval, and so the figure the budget will commit. */
    public boolean canApprove() {
        return offers(LicenceStatus.APPROVED);
    }

    /**
     * "Proposed: USD 7,500.00 — the fee USD 5,000.00 raised by MFN (USD 2,500.00) to match the best fee on
     * this cue": what approving commits when MFN raises the fee; null when it does not.
     */
    public String proposal() {
        if (uplift() == null || verdict.feeUsed() == null) {
            return null;
        }
        return "Proposed: " + verdict.effectiveFee().formatted() + " — the fee "
                + verdict.feeUsed().formatted() + " raised by MFN (" + uplift()
                + ") to match the best fee on this cue, compared at 100%.";
    }

    /** Whether to offer "approve anyway": MFN raises the fee, or an approval was just refused over its fee. */
    public boolean asksToAcceptCommitted() {
        return canApprove() && (proposal() != null || errorsOf("step").has("agreedFee"));
    }

    /** Whether the licence can be marked licensed now: the confirmation panel is shown. */
    public boolean canLicense() {
        return !item.obsolete && offers(LicenceStatus.LICENSED);
    }

    private boolean offers(LicenceStatus target) {
        return actions.stream().anyMatch(a -> a.target() == target);
    }

    /** "Quoted fee (USD)": in the licence's currency, else the production's. */
    public String quotedFeeLabel() {
        String currency = item.feeCurrency != null ? item.feeCurrency : item.cue.production.currency;
        return "Quoted fee (" + currency + ")";
    }

    /** The latest records of the timeline, shown open; older ones fold away. */
    public List<LicenceEvent> recentEvents() {
        return timeline.subList(0, Math.min(RECENT, timeline.size()));
    }

    public List<LicenceEvent> earlierEvents() {
        return timeline.subList(Math.min(RECENT, timeline.size()), timeline.size());
    }

    /** The dates of the steps taken so far, in workflow order: "Requested 3 Mar 2026". */
    public List<String> dates() {
        List<String> dates = new ArrayList<>();
        add(dates, "Requested", item.requestedOn);
        add(dates, "Quoted", item.quotedOn);
        add(dates, "Negotiating", item.negotiatingOn);
        add(dates, "Approved", item.approvedOn);
        add(dates, "Licensed", item.licensedOn);
        add(dates, "Denied", item.deniedOn);
        add(dates, "Withdrawn", item.withdrawnOn);
        return dates;
    }

    private static void add(List<String> dates, String label, java.time.LocalDate on) {
        if (on != null) {
            dates.add(label + " " + PageFormats.shortDate(on));
        }
    }

    static List<StepAction> actionsFrom(LicenceStatus current) {
        List<StepAction> actions = new ArrayList<>();
        for (LicenceStatus target : current.next()) {
            actions.add(action(current, target));
        }
        return actions;
    }

    private static StepAction action(LicenceStatus from, LicenceStatus to) {
        return switch (to) {
            case REQUESTED ->
                new StepAction(
                        to, from.isLive() ? "Request" : "Request again", "The request went out on the date above.");
            case QUOTED ->
                new StepAction(
                        to,
                        from == LicenceStatus.QUOTED ? "Record a new quote" : "Record quote",
                        "Needs the quoted fee; the quote expiry is optional.");
            case NEGOTIATING -> new StepAction(to, "Negotiate", "You are negotiating the quote.");
            case APPROVED ->
                new StepAction(to, "Approve", "Deal memo: the agreed fee, or the quoted fee when left empty.");
            case LICENSED ->
                new StepAction(
                        to,
                        "Mark licensed…",
                        "Asks you to confirm, and to attach the signed licence; the terms must record media,"
                                + " territories and term.");
            case DENIED -> new StepAction(to, "Record denial", "The licensor said no.");
            case WITHDRAWN -> new StepAction(to, "Withdraw", "You no longer ask for this licence.");
            case NOT_REQUESTED -> new StepAction(to, to.label(), "");
        };
    }
}
