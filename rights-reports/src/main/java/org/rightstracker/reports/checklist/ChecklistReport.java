package org.rightstracker.reports.checklist;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.rightstracker.core.clearance.engine.BudgetSummary;
import org.rightstracker.core.shared.Money;
import org.rightstracker.reports.render.ProductionHeading;

/**
 * The clearance checklist of one production: where every cue stands, right holder by right holder,
 * what is wrong, who to chase, and a block to sign. Built once by {@link ChecklistBuilder}; the page,
 * the print view, the PDF, the CSV and the XLSX all render this one model.
 *
 * @param budgetLimit the production's music budget; null when none is set
 * @param signOff set when this checklist is the document a producer signs off
 */
public record ChecklistReport(
        ProductionHeading production,
        String preparedBy,
        LocalDate preparedOn,
        boolean cleared,
        int activeCues,
        int clearedCues,
        BigDecimal percentCleared,
        List<StatusCount> statusCounts,
        BudgetSummary budget,
        Money budgetLimit,
        List<Finding> findings,
        List<CueLine> cues,
        List<Licensor> outstanding,
        SignOffMark signOff) {

    public ChecklistReport {
        statusCounts = List.copyOf(statusCounts);
        findings = List.copyOf(findings);
        cues = List.copyOf(cues);
        outstanding = List.copyOf(outstanding);
    }

    /**
     * How many of the last outstanding lines are printed in one block with the sign-off, so that the
     * signature never starts a page on its own, away from the report it signs.
     */
    static final int LINES_KEPT_WITH_SIGN_OFF = 3;

    /** The outstanding actions before the closing lines (see {@link #outstandingClosing()}). */
    public List<ActionGroup> outstandingLead() {
        return split(true);
    }

    /** The last few outstanding lines, printed together with the sign-off block. */
    public List<ActionGroup> outstandingClosing() {
        return split(false);
    }

    private List<ActionGroup> split(boolean lead) {
        int total = outstanding.stream().mapToInt(l -> l.items().size()).sum();
        int firstClosing = Math.max(0, total - LINES_KEPT_WITH_SIGN_OFF);
        List<ActionGroup> groups = new java.util.ArrayList<>();
        int index = 0;
        for (Licensor licensor : outstanding) {
            List<Chase> kept = new java.util.ArrayList<>();
            boolean earlierInLead = false;
            for (Chase chase : licensor.items()) {
                boolean closing = index++ >= firstClosing;
                if (closing != lead) {
                    kept.add(chase);
                } else if (!closing) {
                    earlierInLead = true;
                }
            }
            if (!kept.isEmpty()) {
                groups.add(new ActionGroup(licensor.party(), licensor.items().size(), !lead && earlierInLead, kept));
            }
        }
        return groups;
    }

    /**
     * A licensor's lines in one part of the outstanding actions.
     *
     * @param open how many lines the licensor has in all
     * @param continued whether its first lines were printed before this part
     */
    public record ActionGroup(String party, int open, boolean continued, List<Chase> items) {}

    public String overallStatus() {
        return cleared ? "Cleared" : "Not cleared";
    }

    /** How many active cues stand at one status, e.g. "At risk: 2". */
    public record StatusCount(String label, int cues) {}

    /**
     * A problem in words with how much it matters ("Blocker", "Risk", "Action", "Info").
     *
     * @param itemId the clearance item it is about; null when it is about the cue or production
     */
    public record Finding(String severity, String message, Long itemId) {}

    /**
     * One cue with its rights holders.
     *
     * @param timing "01:08:00:00 – 01:09:02:00", or empty when not timed
     * @param noHolders why the cue lists nobody ("Owned by the studio ..."); null when it lists holders
     */
    public record CueLine(
            int sequence,
            String number,
            String title,
            String origin,
            String usage,
            String timing,
            Integer durationSeconds,
            String status,
            boolean active,
            List<Holder> holders,
            String noHolders,
            List<Finding> findings,
            List<String> nextActions) {

        public CueLine {
            holders = List.copyOf(holders);
            findings = List.copyOf(findings);
            nextActions = List.copyOf(nextActions);
        }
    }

    /**
     * One clearance item of a cue: who licenses which share of which side, how far it has come, its
     * fees and what it grants.
     *
     * @param currency the fee currency, which may differ from the production's
     * @param afterMfn the fee once MFN is applied; equals the agreed (else quoted) fee without MFN
     * @param scope media and territories granted, or null while none are recorded
     * @param termStart null while no term is recorded
     * @param termEnd first day no longer covered; null for perpetuity or no term
     * @param mfn whether the licence carries a most-favoured-nations clause (waived or not)
     * @param nextStep what to do next about it; null when nothing is left to do
     * @param contact the licence's contact, else the licensor's e-mail and phone; null when unknown
     */
    public record Holder(
            long itemId,
            String party,
            String side,
            BigDecimal syncShare,
            BigDecimal masterShare,
            String status,
            String currency,
            Money quoted,
            Money agreed,
            Money afterMfn,
            boolean mfnRaised,
            String scope,
            String term,
            LocalDate termStart,
            LocalDate termEnd,
            boolean coversPlan,
            LocalDate quoteExpires,
            boolean obsolete,
            boolean mfn,
            String nextStep,
            LocalDate requestedOn,
            String contact) {

        /** "50.00%", "sync 100.00% · master 100.00%", or "All" for a composer agreement. */
        public String shareText() {
            if (syncShare != null && masterShare != null) {
                return "sync " + syncShare.toPlainString() + "% · master " + masterShare.toPlainString() + "%";
            }
            if (syncShare != null) {
                return syncShare.toPlainString() + "%";
            }
            if (masterShare != null) {
                return masterShare.toPlainString() + "%";
            }
            return "All";
        }
    }

    /** A licensor with everything still to get from it. */
    public record Licensor(String party, List<Chase> items) {

        public Licensor {
            items = List.copyOf(items);
        }
    }

    /** One thing to chase: which cue, which right, where it stands, what to do. */
    public record Chase(String cueNumber, String cueTitle, String side, String status, String what) {}

    /**
     * Printed on the copy a producer signs off; the same facts the sign-off record keeps.
     *
     * @param signerRole the signer's role as printed, e.g. "Producer"; null when unknown
     * @param exceptionsReason set when the signer accepted a production that is not cleared, with why
     * @param supersedes the earlier sign-off this one replaces; null for the first
     */
    public record SignOffMark(
            int number,
            String signedBy,
            String signerRole,
            Instant signedAt,
            String exceptionsReason,
            Superseded supersedes) {

        /** "Pat Producer (Producer)", or the name alone when the role is unknown. */
        public String signer() {
            return signerRole == null ? signedBy : signedBy + " (" + signerRole + ")";
        }

        public boolean withExceptions() {
            return exceptionsReason != null;
        }
    }

    /** The earlier sign-off a new one replaces, as the new one names it. */
    public record Superseded(int number, String signedBy, Instant signedAt) {}
}
