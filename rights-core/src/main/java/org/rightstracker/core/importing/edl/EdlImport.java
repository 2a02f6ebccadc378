package org.rightstracker.core.importing.edl;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rightstracker.core.audit.Actor;
import org.rightstracker.core.clearance.ProductionClearance;
import org.rightstracker.core.clearance.engine.CueVerdict;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueService;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.production.ProductionService;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.FrameRate;
import org.rightstracker.core.shared.ValidationException;

/**
 * Imports the editor's cut (a CMX 3600 EDL) into a production: {@link #preview} works out every cue's
 * action and clearance consequence and writes nothing; {@link #commit} applies the same plan through the
 * cue service in one transaction, or nothing when the list has errors or a cue changed since the preview.
 *
 * <p>The consequences come from the clearance engine itself: the preview applies the plan inside its
 * transaction, asks the engine for the production's verdict after the change, compares it with the
 * verdict before, and rolls everything back.
 */
@ApplicationScoped
public class EdlImport {

    @Inject
    ProductionService productions;

    @Inject
    CueService cues;

    @Inject
    ProductionClearance clearance;

    @Inject
    EntityManager entityManager;

    @Inject
    TransactionManager transactions;

    @Inject
    Actor actor;

    /** In a transaction of its own, since it ends by rolling back everything it applied. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public EdlPreview preview(long productionId, EdlUpload upload) {
        EdlPlan plan = plan(productionId, upload);
        Map<Long, CueVerdict> before = verdicts(productionId);
        boolean applied = apply(plan, true);
        Map<Long, CueVerdict> after = applied ? verdicts(productionId) : Map.of();
        try {
            transactions.setRollbackOnly();
        } catch (SystemException e) {
            throw new IllegalStateException("Cannot roll back the preview of " + upload.fileName(), e);
        }
        List<EdlCuePlan> rows = new ArrayList<>();
        for (EdlPlan.Entry e : plan.entries) {
            CueVerdict was = e.existing == null ? null : before.get(e.existing.id);
            CueVerdict now = e.cueId == null ? null : after.get(e.cueId);
            rows.add(new EdlCuePlan(
                    e.lines(),
                    e.number(),
                    e.title(),
                    e.clip == null ? null : e.clip.clipName(),
                    e.recording == null ? null : e.recording.toString(),
                    e.matchedBy,
                    e.action,
                    e.changes,
                    e.timingBefore,
                    e.timingAfter,
                    e.usageBefore,
                    e.usageAfter,
                    was == null ? null : was.status().label(),
                    e.action == EdlAction.REMOVED || now == null
                            ? null
                            : now.status().label(),
                    applied ? EdlConsequences.of(e.action, was, now) : List.of(),
                    e.existing == null ? null : e.existing.id));
        }
        plan.problems.sort(Comparator.comparingInt(EdlProblem::line));
        return new EdlPreview(
                upload.fileName(),
                productionId,
                plan.production.displayTitle(),
                plan.document.title(),
                plan.document.rate().label(),
                plan.entries.stream().allMatch(e -> e.existing == null),
                rows,
                plan.problems,
                plan.unmatched,
                plan.basis);
    }

    /**
     * Applies the cut as previewed. {@code basis} is the preview's: when any cue of the production was
     * added, changed or removed since, nothing is applied.
     *
     * @throws ValidationException when the list has errors or the basis is missing or unreadable
     * @throws ConflictException when a cue changed since the preview
     */
    @Transactional
    public EdlImportResult commit(long productionId, EdlUpload upload, String basis) {
        if (basis == null || basis.isBlank()) {
            throw new ValidationException("basis", "Basis is missing: commit the preview you saw, with its basis.");
        }
        if (!basis.strip().matches("(\\d{1,18}:\\d{1,18}(,\\d{1,18}:\\d{1,18})*)|-")) {
            throw new ValidationException("basis", "Basis '" + shorten(basis) + "' is not the basis of a preview.");
        }
        EdlPlan plan = plan(productionId, upload);
        if (plan.hasErrors()) {
            long errors = plan.problems.stream().filter(EdlProblem::error).count();
            throw new ValidationException(
                    "file",
                    upload.fileName() + " has " + errors
                            + " error(s); nothing was applied. Correct the list and upload it again.");
        }
        if (!plan.basis.equals(basis.strip())) {
            throw new ConflictException(changedSince(plan, basis.strip()));
        }
        apply(plan, false);
        long aliases = remember(plan, upload.links());
        return new EdlImportResult(
                upload.fileName(),
                productionId,
                count(plan, EdlAction.NEW),
                count(plan, EdlAction.CHANGED) + count(plan, EdlAction.RESTORED),
                count(plan, EdlAction.REMOVED),
                count(plan, EdlAction.UNCHANGED),
                aliases);
    }

    /** The basis a commit expects for the production's cues as they are now. */
    @Transactional
    public String currentBasis(long productionId) {
        productions.get(productionId);
        return basis(Cue.<Cue>list("production.id = ?1 order by id", productionId));
    }

    private EdlPlan plan(long productionId, EdlUpload upload) {
        Production production = productions.get(productionId);
        FrameRate rate = upload.rate() != null ? upload.rate() : production.frameRate;
        List<Cue> current = Cue.<Cue>list("production.id = ?1 order by id", productionId);
        EdlPlan plan = new EdlPlan(production, EdlParser.parse(upload.text(), rate), basis(current));
        EdlPlanner.plan(plan, current, new ClipMatcher(entityManager), upload.links());
        return plan;
    }

    /** Each cue's id and version, "12:0,13:2"; "-" for a production without cues. */
    private static String basis(List<Cue> current) {
        return current.isEmpty()
                ? "-"
                : current.stream().map(c -> c.id + ":" + c.version).collect(Collectors.joining(","));
    }

    private static String changedSince(EdlPlan plan, String basis) {
        Map<Long, Long> seen = new HashMap<>();
        if (!basis.equals("-") && !basis.isEmpty()) {
            for (String pair : basis.split(",")) {
                String[] parts = pair.split(":");
                seen.put(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            }
        }
        List<String> changed = new ArrayList<>();
        for (Cue cue : Cue.<Cue>list("production.id = ?1 order by id", plan.production.id)) {
            Long version = seen.remove(cue.id);
            if (version == null) {
                changed.add(cue.number + " (added)");
            } else if (version != cue.version) {
                changed.add(cue.number + " (edited)");
            }
        }
        if (!seen.isEmpty()) {
            changed.add(seen.size() + " cue(s) deleted");
        }
        return "Someone changed the cues of " + plan.production.displayTitle() + " since the preview: "
                + String.join(", ", changed) + ". Nothing was applied; preview the cut again.";
    }

    /** Writes the plan through the cue service; in a preview a refused cue becomes a problem instead. */
    private boolean apply(EdlPlan plan, boolean dryRun) {
        for (EdlPlan.Entry e : plan.entries) {
            if (e.input == null) {
                continue;
            }
            try {
                if (e.existing == null) {
                    e.cueId = cues.create(plan.production.id, e.input).id;
                } else {
                    cues.update(e.existing.id, e.existing.version, e.input);
                }
            } catch (ValidationException refused) {
                if (!dryRun) {
                    throw refused;
                }
                int line = e.clip == null ? 0 : e.clip.firstLine();
                for (FieldError error : refused.errors()) {
                    plan.problems.add(EdlProblem.error(line, "Cue " + e.number() + ": " + error.message()));
                }
                if (refused.errors().isEmpty()) {
                    plan.problems.add(EdlProblem.error(line, "Cue " + e.number() + ": " + refused.getMessage()));
                }
                return false;
            }
        }
        entityManager.flush();
        return true;
    }

    private Map<Long, CueVerdict> verdicts(long productionId) {
        Map<Long, CueVerdict> byCue = new HashMap<>();
        for (CueVerdict verdict : clearance
                .evaluate(clearance.load(productionId), java.time.LocalDate.now())
                .cues()) {
            byCue.put(verdict.cueId(), verdict);
        }
        return byCue;
    }

    private long remember(EdlPlan plan, Map<String, Long> links) {
        long remembered = 0;
        for (EdlPlan.Entry e : plan.entries) {
            if (e.clip == null || e.recording == null || !"linked now".equals(e.matchedBy)) {
                continue;
            }
            ClipAlias alias = ClipAlias.findByKey(e.clip.key()).orElseGet(ClipAlias::new);
            alias.clipKey = cut(e.clip.key(), 300);
            alias.clipName = cut(e.clip.clipName(), 300);
            alias.recording = Recording.findById(e.recording.id);
            alias.linkedBy = cut(actor.name(), 60);
            alias.persist();
            remembered++;
        }
        return remembered;
    }

    private static long count(EdlPlan plan, EdlAction action) {
        return plan.entries.stream().filter(e -> e.action == action).count();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }
}
