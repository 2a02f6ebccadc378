package org.rightstracker.web.page.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rightstracker.core.chase.WaitingLicence;
import org.rightstracker.core.clearance.engine.CueStatus;
import org.rightstracker.core.clearance.engine.CueVerdict;
import org.rightstracker.core.clearance.engine.Problem;
import org.rightstracker.core.clearance.engine.ProblemCode;
import org.rightstracker.core.clearance.engine.Severity;
import org.rightstracker.web.page.PageFormats;

/**
 * One kind of thing on the dashboard that needs attention before it goes wrong, with the cues it
 * concerns. The engine already words each finding; this only sorts them into the panels.
 */
public record AlertGroup(
        String key, String title, String empty, List<Alert> alerts, int more, String link, String linkText) {

    /** How many alerts a panel lists before it says "and N more". */
    static final int SHOWN = 8;

    /** One finding on one cue, linking to the cue. */
    public record Alert(
            long productionId, String production, long cueId, String cueNumber, String cueTitle, String message) {}

    public boolean isEmpty() {
        return alerts.isEmpty();
    }

    public int total() {
        return alerts.size() + more;
    }

    private static final Set<ProblemCode> DATED = Set.of(
            ProblemCode.QUOTE_EXPIRING,
            ProblemCode.QUOTE_EXPIRED,
            ProblemCode.OPTION_DEADLINE,
            ProblemCode.TERM_NOT_COVERED);

    /** Whether {@link #collect} can raise an alert for the cue; the dashboard keeps no other cues. */
    static boolean concerns(CueVerdict cue) {
        return cue.active()
                && (cue.status() == CueStatus.BLOCKED
                        || cue.problems().stream().anyMatch(p -> DATED.contains(p.code())));
    }

    static List<AlertGroup> collect(List<ProductionSummary> productions) {
        List<Alert> quotes = new ArrayList<>();
        List<Alert> options = new ArrayList<>();
        List<Alert> terms = new ArrayList<>();
        List<Alert> blocked = new ArrayList<>();
        for (ProductionSummary summary : productions) {
            for (CueVerdict cue : summary.verdict().cues()) {
                if (!cue.active()) {
                    continue;
                }
                for (Problem problem : cue.problems()) {
                    Alert alert = alert(summary, cue, problem.message());
                    if (Set.of(ProblemCode.QUOTE_EXPIRING, ProblemCode.QUOTE_EXPIRED)
                            .contains(problem.code())) {
                        quotes.add(alert);
                    } else if (problem.code() == ProblemCode.OPTION_DEADLINE) {
                        options.add(alert);
                    } else if (problem.code() == ProblemCode.TERM_NOT_COVERED) {
                        terms.add(alert);
                    }
                }
                if (cue.status() == CueStatus.BLOCKED) {
                    String why = cue.problems().stream()
                            .filter(p -> p.severity() == Severity.BLOCKER)
                            .map(Problem::message)
                            .findFirst()
                            .orElse("Something stands in the way of clearing this cue.");
                    blocked.add(alert(summary, cue, why));
                }
            }
        }
        return List.of(
                group("quotes", "Quotes expiring", "No quote expires in the next 30 days.", quotes),
                group("options", "Option deadlines", "No option must be exercised in the next 30 days.", options),
                group(
                        "terms",
                        "Licences ending before the plan",
                        "Every licence term runs as long as the plan.",
                        terms),
                group("blocked", "Blocked cues", "No cue is blocked.", blocked));
    }

    private static Alert alert(ProductionSummary summary, CueVerdict cue, String message) {
        return new Alert(
                summary.production().id,
                summary.production().displayTitle(),
                cue.cueId(),
                cue.number(),
                cue.title(),
                message);
    }

    /**
     * Licences whose licensor has not answered for more than {@code days} days since our last contact,
     * longest first; the panel leads to the chase list sorted by the wait.
     */
    static AlertGroup waiting(List<WaitingLicence> licences, int days) {
        List<Alert> alerts = licences.stream()
                .map(w -> new Alert(
                        w.productionId(),
                        w.production(),
                        w.cueId(),
                        w.cueNumber(),
                        w.cueTitle(),
                        w.licensor() + ": " + w.status().label().toLowerCase(Locale.ROOT) + ", requested "
                                + w.daysWaiting() + " days ago; last contact "
                                + PageFormats.shortDate(w.lastContactOn())
                                + "."))
                .toList();
        AlertGroup group = group(
                "waiting",
                "Waiting longer than " + days + " days",
                "No licensor has kept you waiting more than " + days + " days since your last contact.",
                alerts);
        return new AlertGroup(
                group.key(),
                group.title(),
                group.empty(),
                group.alerts(),
                group.more(),
                "/chase?sort=waiting",
                "Open the chase list");
    }

    private static AlertGroup group(String key, String title, String empty, List<Alert> alerts) {
        int shown = Math.min(alerts.size(), SHOWN);
        return new AlertGroup(
                key, title, empty, List.copyOf(alerts.subList(0, shown)), alerts.size() - shown, null, null);
    }
}
