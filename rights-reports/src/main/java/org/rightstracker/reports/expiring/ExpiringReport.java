package org.rightstracker.reports.expiring;

import java.time.LocalDate;
import java.util.List;
import org.rightstracker.core.shared.Money;

/**
 * What is about to run out across productions: licences ending within the window or before their
 * release plan needs them to, options whose exercise deadline falls in the window, and quotes that
 * lapse in it. Soonest first in each list.
 *
 * @param until the last day of the window, {@code today} plus {@code days}
 */
public record ExpiringReport(
        LocalDate today,
        int days,
        LocalDate until,
        List<EndingLicence> licences,
        List<EndingLicence> shortOfPlan,
        List<NearOption> options,
        List<LapsingQuote> quotes) {

    public ExpiringReport {
        licences = List.copyOf(licences);
        shortOfPlan = List.copyOf(shortOfPlan);
        options = List.copyOf(options);
        quotes = List.copyOf(quotes);
    }

    public String title() {
        return "Expiring rights — next " + days + (days == 1 ? " day" : " days");
    }

    public boolean isEmpty() {
        return licences.isEmpty() && shortOfPlan.isEmpty() && options.isEmpty() && quotes.isEmpty();
    }

    /**
     * @param lastDay the last day the licence covers
     * @param planNeeds until when the release plan needs the rights, e.g. "In perpetuity" or "28 Feb 2036"
     * @param reason why it is listed, in words
     */
    public record EndingLicence(
            long productionId,
            String production,
            long cueId,
            String cueNumber,
            String cueTitle,
            String licensor,
            String side,
            String status,
            LocalDate lastDay,
            long daysLeft,
            String planNeeds,
            String reason) {}

    public record NearOption(
            long productionId,
            String production,
            long cueId,
            String cueNumber,
            String cueTitle,
            String licensor,
            String description,
            Money fee,
            LocalDate deadline,
            long daysLeft) {}

    public record LapsingQuote(
            long productionId,
            String production,
            long cueId,
            String cueNumber,
            String cueTitle,
            String licensor,
            String side,
            String status,
            Money fee,
            LocalDate expires,
            long daysLeft) {}
}
