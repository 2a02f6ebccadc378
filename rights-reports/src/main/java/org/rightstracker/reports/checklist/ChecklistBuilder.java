package org.rightstracker.reports.checklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.clearance.engine.CueFacts;
import org.rightstracker.core.clearance.engine.CueVerdict;
import org.rightstracker.core.clearance.engine.ItemFacts;
import org.rightstracker.core.clearance.engine.ItemVerdict;
import org.rightstracker.core.clearance.engine.Problem;
import org.rightstracker.core.clearance.engine.ProductionVerdict;
import org.rightstracker.core.clearance.engine.Severity;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.scope.RightsScope;
import org.rightstracker.core.scope.Term;
import org.rightstracker.reports.render.ProductionSnapshot;
import org.rightstracker.reports.render.ProductionSnapshot.CueView;
import org.rightstracker.reports.render.ProductionSnapshots;

/** Builds the {@link ChecklistReport} of a production from one snapshot read. */
@ApplicationScoped
public class ChecklistBuilder {

    /** Where cue-level findings without a licensor (unknown owners, missing shares) are listed. */
    static final String NO_LICENSOR_YET = "Ownership to research (no licensor yet)";

    @Inject
    ProductionSnapshots snapshots;

    public ChecklistReport build(long productionId, String preparedBy, LocalDate today) {
        return build(snapshots.load(productionId, today), preparedBy, null);
    }

    public ChecklistReport build(ProductionSnapshot snapshot, String preparedBy, ChecklistReport.SignOffMark signOff) {
        ProductionVerdict verdict = snapshot.verdict();
        List<ChecklistReport.CueLine> lines = new ArrayList<>();
        // Sorted case-insensitively so "Éditions Lumière" and "editions" land where a reader looks.
        Map<String, List<ChecklistReport.Chase>> chases = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (CueView cue : snapshot.cues()) {
            lines.add(line(cue, snapshot));
            if (cue.facts().active()) {
                collectChases(cue, chases);
            }
        }
        List<ChecklistReport.StatusCount> counts = verdict.countsByStatus().entrySet().stream()
                .map(e -> new ChecklistReport.StatusCount(e.getKey().label(), e.getValue()))
                .toList();
        List<ChecklistReport.Licensor> outstanding = chases.entrySet().stream()
                .filter(e -> !e.getKey().equals(NO_LICENSOR_YET))
                .map(e -> new ChecklistReport.Licensor(e.getKey(), e.getValue()))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        if (chases.containsKey(NO_LICENSOR_YET)) {
            outstanding.add(new ChecklistReport.Licensor(NO_LICENSOR_YET, chases.get(NO_LICENSOR_YET)));
        }
        return new ChecklistReport(
                snapshot.heading(),
                preparedBy,
                snapshot.today(),
                verdict.cleared(),
                verdict.activeCues(),
                verdict.clearedCues(),
                verdict.percentCleared(),
                counts,
                verdict.budget(),
                snapshot.facts().budget(),
                findings(verdict.problems()),
                lines,
                outstanding,
                signOff);
    }

    private static ChecklistReport.CueLine line(CueView cue, ProductionSnapshot snapshot) {
        CueVerdict verdict = cue.verdict();
        List<ChecklistReport.Holder> holders = new ArrayList<>();
        for (ItemVerdict item : verdict.items()) {
            holders.add(holder(item, cue.item(item.itemId()), snapshot.contact(item.itemId())));
        }
        return new ChecklistReport.CueLine(
                cue.sequence(),
                verdict.number(),
                verdict.title(),
                verdict.origin().label(),
                cue.timing().usage().name(),
                cue.timing().span(),
                cue.timing().durationSeconds(),
                cue.facts().active() ? verdict.status().label() : "Inactive",
                cue.facts().active(),
                holders,
                holders.isEmpty() ? nobodyToLicense(cue.facts(), snapshot) : null,
                findings(verdict.problems()),
                verdict.nextActions());
    }

    /** Why a cue lists no rights holder: the studio owns it, it is public domain, or nobody is known yet. */
    static String nobodyToLicense(CueFacts cue, ProductionSnapshot snapshot) {
        if (cue.origin().isCommissioned() && snapshot.facts().studioOwnsScore()) {
            String studio = snapshot.heading().studio();
            return "Owned by the studio" + (studio == null || studio.isBlank() ? "" : " (" + studio + ")")
                    + ": nothing to license.";
        }
        if (cue.compositionIsPublicDomain()) {
            // As the engine decides: only a public-domain piece performed for the production needs nobody.
            return cue.origin() == CueOrigin.PUBLIC_DOMAIN && cue.recordingId() == null
                    ? "Public domain, performed for the production: nothing to license."
                    : "Public domain composition; the recording's owner is not known yet.";
        }
        return "No rights holders known yet.";
    }

    private static ChecklistReport.Holder holder(
            ItemVerdict item, ItemFacts facts, ProductionSnapshot.ItemContact contact) {
        RightsScope granted = facts.granted();
        String scope = granted == null || granted.media() == null || granted.territories() == null
                ? null
                : granted.media().describe() + " · " + granted.territories().describe();
        Term term = granted == null ? null : granted.term();
        String currency = facts.feeUsed() != null
                ? facts.feeUsed().currency().getCurrencyCode()
                : item.effectiveFee() == null
                        ? null
                        : item.effectiveFee().currency().getCurrencyCode();
        return new ChecklistReport.Holder(
                item.itemId(),
                item.partyName(),
                item.side().label(),
                item.side() == ClearanceSide.COMPOSER_AGREEMENT || item.syncShare() == null
                        ? null
                        : item.syncShare().value(),
                item.side() == ClearanceSide.COMPOSER_AGREEMENT || item.masterShare() == null
                        ? null
                        : item.masterShare().value(),
                item.status().label(),
                currency,
                facts.quotedFee(),
                facts.agreedFee(),
                item.effectiveFee(),
                item.mfnUplift() != null && !item.mfnUplift().isZero(),
                scope,
                term == null ? null : term.describe(),
                term == null ? null : term.start(),
                term == null ? null : term.end().orElse(null),
                item.coversPlan(),
                facts.quoteExpiry(),
                item.obsolete(),
                facts.mfn(),
                item.obsolete() ? null : facts.nextStep(),
                contact.requestedOn(),
                contact.contact());
    }

    private static void collectChases(CueView cue, Map<String, List<ChecklistReport.Chase>> chases) {
        CueVerdict verdict = cue.verdict();
        for (ItemVerdict item : verdict.items()) {
            boolean done = item.status() == LicenceStatus.LICENSED && item.coversPlan();
            if (done || item.obsolete()) {
                continue;
            }
            List<String> messages = verdict.problems().stream()
                    .filter(p -> p.itemId() != null && p.itemId() == item.itemId() && p.severity() != Severity.INFO)
                    .map(Problem::message)
                    .toList();
            String what = messages.isEmpty() ? item.status().label() : String.join(" ", messages);
            chases.computeIfAbsent(item.partyName(), k -> new ArrayList<>())
                    .add(new ChecklistReport.Chase(
                            verdict.number(),
                            verdict.title(),
                            item.side().label(),
                            item.status().label(),
                            what));
        }
        for (Problem problem : verdict.problems()) {
            if (problem.itemId() == null && problem.severity() != Severity.INFO) {
                chases.computeIfAbsent(NO_LICENSOR_YET, k -> new ArrayList<>())
                        .add(new ChecklistReport.Chase(
                                verdict.number(),
                                verdict.title(),
                                "—",
                                problem.severity().label(),
                                problem.message()));
            }
        }
    }

    private static List<ChecklistReport.Finding> findings(List<Problem> problems) {
        return problems.stream()
                .map(p -> new ChecklistReport.Finding(p.severity().label(), p.message(), p.itemId()))
                .toList();
    }
}
