package org.rightstracker.core.clearance.engine;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.shared.Money;

/**
 * What one clearance item still in play needs: its next negotiation step, dates about to pass, a
 * missing fee, and money that cannot be added to the budget.
 */
final class ItemChecks {

    private final LocalDate today;
    private final int atRiskDays;
    private final Currency currency;

    ItemChecks(LocalDate today, int atRiskDays, Currency currency) {
        this.today = today;
        this.atRiskDays = atRiskDays;
        this.currency = currency;
    }

    void report(ItemFacts item, MfnResult mfn, Findings findings) {
        if (!item.isInPlay()) {
            return;
        }
        if (item.status() != LicenceStatus.LICENSED) {
            findings.add(
                    Problem.onItem(
                            item,
                            ProblemCode.NOT_LICENSED,
                            Severity.ACTION,
                            Wording.licence(item) + " " + Wording.standing(item.status()) + "."),
                    Wording.nextStep(item));
        }
        quoteExpiry(item, findings);
        for (OptionFacts option : item.options()) {
            optionDeadline(item, option, findings);
        }
        fee(item, mfn, findings);
        optionFeesInOtherCurrency(item, findings);
    }

    // Once a deal memo is signed the price is fixed, so only a quote still under discussion can lapse.
    private void quoteExpiry(ItemFacts item, Findings findings) {
        LocalDate expiry = item.quoteExpiry();
        if (expiry == null || item.status().isCommitted() || !isWithinRiskWindow(expiry)) {
            return;
        }
        String when = Wording.date(expiry) + " " + Wording.fromToday(today, expiry);
        if (expiry.isBefore(today)) {
            findings.add(
                    Problem.onItem(
                            item,
                            ProblemCode.QUOTE_EXPIRED,
                            Severity.RISK,
                            "Quote from " + item.partyName() + " expired on " + when + "."),
                    "Ask " + item.partyName() + " to renew its " + Wording.kind(item.side()) + " quote");
        } else {
            findings.add(
                    Problem.onItem(
                            item,
                            ProblemCode.QUOTE_EXPIRING,
                            Severity.RISK,
                            "Quote from " + item.partyName() + " expires on " + when + "."),
                    "Approve the " + Wording.kind(item.side()) + " quote from " + item.partyName() + " before "
                            + Wording.date(expiry) + ", or ask for an extension");
        }
    }

    private void optionDeadline(ItemFacts item, OptionFacts option, Findings findings) {
        LocalDate deadline = option.exerciseDeadline();
        if (option.exercised() || deadline == null) {
            return;
        }
        String what = "Option \"" + option.description() + "\" from " + item.partyName();
        if (deadline.isBefore(today)) {
            findings.add(
                    Problem.onItem(
                            item,
                            ProblemCode.OPTION_LAPSED,
                            Severity.INFO,
                            what + " lapsed unexercised on " + Wording.date(deadline) + "."),
                    null);
        } else if (isWithinRiskWindow(deadline)) {
            findings.add(
                    Problem.onItem(
                            item,
                            ProblemCode.OPTION_DEADLINE,
                            Severity.RISK,
                            what + " must be exercised by " + Wording.date(deadline) + " "
                                    + Wording.fromToday(today, deadline) + "."),
                    "Decide whether to exercise option \"" + option.description() + "\" from " + item.partyName()
                            + " by " + Wording.date(deadline));
        }
    }

    private void fee(ItemFacts item, MfnResult mfn, Findings findings) {
        Money fee = item.feeUsed();
        boolean priceExpected =
                item.status() != LicenceStatus.NOT_REQUESTED && item.status() != LicenceStatus.REQUESTED;
        if (fee == null) {
            if (priceExpected) {
                findings.add(
                        Problem.onItem(
                                item,
                                ProblemCode.NO_FEE,
                                Severity.ACTION,
                                Wording.licence(item) + " has no fee recorded although it is "
                                        + item.status().label().toLowerCase(Locale.ROOT) + "."),
                        "Record the fee for " + Wording.party(item));
            }
            return;
        }
        if (!fee.currency().equals(currency)) {
            findings.add(
                    Problem.onItem(
                            item,
                            ProblemCode.FEE_IN_OTHER_CURRENCY,
                            Severity.INFO,
                            "Fee from " + Wording.party(item) + " is " + fee.formatted() + "; it is kept out of the "
                                    + currency.getCurrencyCode() + " budget totals and MFN."),
                    null);
            return;
        }
        if (mfn.isRaised()) {
            findings.add(
                    Problem.onItem(
                            item,
                            ProblemCode.MFN_UPLIFT,
                            Severity.INFO,
                            "MFN raises the fee of " + Wording.party(item) + " from " + fee.formatted() + " to "
                                    + mfn.effectiveFee().formatted() + "."),
                    null);
        }
    }

    private void optionFeesInOtherCurrency(ItemFacts item, Findings findings) {
        for (OptionFacts option : item.options()) {
            if (option.exercised()
                    && option.fee() != null
                    && !option.fee().currency().equals(currency)) {
                findings.add(
                        Problem.onItem(
                                item,
                                ProblemCode.FEE_IN_OTHER_CURRENCY,
                                Severity.INFO,
                                "Exercised option \"" + option.description() + "\" from " + item.partyName()
                                        + " costs " + option.fee().formatted() + "; it is kept out of the "
                                        + currency.getCurrencyCode() + " budget totals."),
                        null);
            }
        }
    }

    /** Due within the at-risk window, or already past. */
    private boolean isWithinRiskWindow(LocalDate date) {
        return !date.isAfter(today.plusDays(atRiskDays));
    }
}
