package org.rightstracker.core.importing.cuelist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rightstracker.core.cue.CueInput;
import org.rightstracker.core.cue.CueService;
import org.rightstracker.core.importing.KnownIdentifiers;
import org.rightstracker.core.party.PartyInput;
import org.rightstracker.core.party.PartyService;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.production.ProductionService;
import org.rightstracker.core.recording.RecordingInput;
import org.rightstracker.core.recording.RecordingService;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.core.work.PublisherRole;
import org.rightstracker.core.work.WorkInput;
import org.rightstracker.core.work.WorkService;
import org.rightstracker.core.work.WriterDesignation;

/**
 * Imports a cue list into a production: {@link #preview} reads and matches without writing;
 * {@link #commit} writes every cue, and the parties, works and recordings they need, through the
 * services in one transaction, or nothing. A cue whose number the production already has is updated,
 * so importing the same list again changes nothing.
 */
@ApplicationScoped
public class CueListImport {

    @Inject
    ProductionService productions;

    @Inject
    PartyService parties;

    @Inject
    WorkService works;

    @Inject
    RecordingService recordings;

    @Inject
    CueService cues;

    @Inject
    EntityManager entityManager;

    @Transactional
    public CueListPreview preview(long productionId, String fileName, CueListTable table) {
        CueListPlan plan = plan(productionId, table);
        List<CuePlan> rows = plan.entries.stream().map(e -> describe(plan, e)).toList();
        return new CueListPreview(
                fileName,
                productionId,
                plan.production.displayTitle(),
                rows,
                List.copyOf(plan.problems),
                plan.parties.values().stream().filter(p -> p.id == null).count(),
                plan.works.values().stream().filter(w -> w.id == null).count(),
                plan.recordings.values().stream().filter(r -> r.id == null).count());
    }

    /** @throws ValidationException when the list has errors; nothing is written then */
    @Transactional
    public CueListImportResult commit(long productionId, String fileName, CueListTable table) {
        CueListPlan plan = plan(productionId, table);
        long errors = plan.problems.stream().filter(CueListProblem::error).count();
        if (errors > 0) {
            throw new ValidationException(
                    "file",
                    fileName + " has " + errors
                            + " error(s); nothing was imported. Correct the list and upload it again.");
        }
        long partiesCreated = 0;
        for (CueListPlan.PartySpec party : plan.parties.values()) {
            if (party.id == null) {
                party.id = parties.create(new PartyInput(
                                party.name,
                                party.kind,
                                party.roles,
                                party.society,
                                party.ipi,
                                null,
                                null,
                                null,
                                null,
                                null))
                        .id;
                partiesCreated++;
            }
        }
        KnownIdentifiers known = KnownIdentifiers.load(
                plan.works.values().stream().map(w -> w.row.iswc()).toList(),
                plan.recordings.values().stream().map(r -> r.row.isrc()).toList());
        long worksCreated = 0;
        for (CueListPlan.WorkSpec work : plan.works.values()) {
            if (work.id == null) {
                work.id = known.saved(works.create(workInput(plan, work.row), known::workWithIswc)).id;
                worksCreated++;
                lighten(worksCreated);
            }
        }
        long recordingsCreated = 0;
        for (CueListPlan.RecordingSpec recording : plan.recordings.values()) {
            if (recording.id == null) {
                recording.id =
                        known.saved(recordings.create(recordingInput(plan, recording), known::recordingWithIsrc)).id;
                recordingsCreated++;
                lighten(recordingsCreated);
            }
        }
        long created = 0;
        long updated = 0;
        for (CueListPlan.Entry entry : plan.entries) {
            if (entry.action() == RowAction.CREATE) {
                cues.create(productionId, cueInput(plan, entry));
                created++;
            } else if (entry.action() == RowAction.UPDATE) {
                cues.update(entry.existing().id, entry.existing().version, cueInput(plan, entry));
                updated++;
            }
            lighten(created + updated);
        }
        return new CueListImportResult(
                fileName,
                created,
                updated,
                plan.entries.size() - created - updated,
                partiesCreated,
                worksCreated,
                recordingsCreated);
    }

    /**
     * Every cue the services add is flushed, and a flush checks every entity the session holds: left
     * alone, a long list costs time in proportion to its square. Writing in slices of 50 and letting the
     * session forget them keeps each flush small; the plan refers to what it needs by id.
     */
    private void lighten(long written) {
        if (written > 0 && written % 50 == 0) {
            entityManager.flush();
            entityManager.clear();
        }
    }

    private CueListPlan plan(long productionId, CueListTable table) {
        Production production = productions.get(productionId);
        List<CueListProblem> problems = new ArrayList<>();
        Map<CueListColumn, Integer> columns = CueListColumn.match(table, problems);
        CueRowReader reader = new CueRowReader(columns, production.frameRate, problems);
        List<CueRow> rows = reader.read(table.rows());
        if (rows.isEmpty()) {
            problems.add(CueListProblem.error(table.headerLine(), null, "The cue list has a header row but no cues."));
        }
        CueListPlan plan = CueListPlanner.plan(production, rows, reader, problems);
        problems.sort(java.util.Comparator.comparingInt(CueListProblem::line));
        return plan;
    }

    private static WorkInput workInput(CueListPlan plan, CueRow row) {
        List<WorkInput.Writer> writers = new ArrayList<>();
        for (ShareCell.Entry e : row.writers()) {
            writers.add(new WorkInput.Writer(
                    party(plan, e),
                    e.share().value().toPlainString(),
                    e.designation() == null ? WriterDesignation.CA : e.designation(),
                    e.society(),
                    false));
        }
        List<WorkInput.Publisher> publishers = new ArrayList<>();
        for (ShareCell.Entry e : row.publishers()) {
            publishers.add(new WorkInput.Publisher(
                    party(plan, e), e.share().value().toPlainString(), PublisherRole.ORIGINAL_PUBLISHER, e.society()));
        }
        return new WorkInput(row.title(), row.iswc(), false, List.of(), null, writers, publishers);
    }

    private static RecordingInput recordingInput(CueListPlan plan, CueListPlan.RecordingSpec spec) {
        CueRow row = spec.row;
        List<RecordingInput.Owner> owners = new ArrayList<>();
        for (ShareCell.Entry e : row.owners()) {
            owners.add(
                    new RecordingInput.Owner(party(plan, e), e.share().value().toPlainString()));
        }
        Long workId = spec.workKey == null ? null : plan.works.get(spec.workKey).id;
        return new RecordingInput(row.title(), row.artist(), row.isrc(), null, null, workId, null, owners);
    }

    private static Long party(CueListPlan plan, ShareCell.Entry entry) {
        return plan.parties.get(plan.partyKey(entry)).id;
    }

    private static CueInput cueInput(CueListPlan plan, CueListPlan.Entry entry) {
        CueListPlan.CueState s = entry.state();
        Long workId = s.workKey() != null
                ? plan.works.get(s.workKey()).id
                : entry.existing() != null && entry.existing().work != null ? entry.existing().work.id : null;
        Long recordingId = s.recordingKey() != null
                ? plan.recordings.get(s.recordingKey()).id
                : entry.existing() != null && entry.existing().recording != null ? entry.existing().recording.id : null;
        return new CueInput(
                entry.row().number(),
                s.title(),
                s.origin(),
                s.usage(),
                s.timecodeIn(),
                s.timecodeOut(),
                s.duration(),
                s.scene(),
                entry.existing() == null ? null : entry.existing().moods,
                entry.existing() == null ? null : entry.existing().styles,
                s.notes(),
                workId,
                recordingId,
                entry.existing() == null || entry.existing().active);
    }

    private static CuePlan describe(CueListPlan plan, CueListPlan.Entry entry) {
        CueListPlan.CueState s = entry.state();
        String work = null;
        if (s.workKey() != null) {
            CueListPlan.WorkSpec spec = plan.works.get(s.workKey());
            work = spec.existing != null ? spec.existing.title : spec.row.title() + " (new)";
        } else if (entry.existing() != null && entry.existing().work != null) {
            work = entry.existing().work.title;
        }
        String recording = null;
        if (s.recordingKey() != null) {
            CueListPlan.RecordingSpec spec = plan.recordings.get(s.recordingKey());
            recording = spec.existing != null ? spec.existing.toString() : spec.row.title() + " (new)";
        } else if (entry.existing() != null && entry.existing().recording != null) {
            recording = entry.existing().recording.toString();
        }
        String timing = s.timecodeIn() != null || s.timecodeOut() != null
                ? (s.timecodeIn() == null ? "?" : s.timecodeIn()) + " – "
                        + (s.timecodeOut() == null ? "?" : s.timecodeOut())
                : s.duration();
        return new CuePlan(
                entry.row().line(),
                entry.row().number(),
                s.title(),
                s.usage().name(),
                s.origin().label(),
                timing,
                work,
                recording,
                entry.action(),
                entry.changes());
    }
}
