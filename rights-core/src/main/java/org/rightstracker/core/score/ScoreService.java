package org.rightstracker.core.score;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.rightstracker.core.audit.Actor;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.document.Document;
import org.rightstracker.core.document.DocumentKind;
import org.rightstracker.core.document.DocumentService;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.Errors;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.NumberLimit;
import org.rightstracker.core.shared.TextLimit;
import org.rightstracker.core.shared.ValidationException;

/**
 * Score production: spotting, the stage history of each score cue, recording sessions and deliverables.
 * One transaction per use case. A recording session is the only other writer of stages: it appends a
 * RECORDED entry for each listed cue that had not reached that stage, so the stage history stays the one
 * source of truth for where a cue stands (and a cue re-recorded after it was mixed keeps its stage).
 */
@ApplicationScoped
public class ScoreService {

    @Inject
    Actor actor;

    @Inject
    DocumentService documents;

    /** Sets the planned score minutes and the deliverables every score cue owes, as the production's version. */
    @Transactional
    public Production updatePlan(long productionId, long version, ScoreInputs.Plan input) {
        Production production = production(productionId);
        production.requireVersion(version, "Production " + production.title);
        Errors errors = new Errors();
        Integer minutes = errors.whole(
                "plannedScoreMinutes", "Planned score minutes", input.plannedScoreMinutes(), NumberLimit.SCORE_COUNT);
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> typed = input.deliverableKinds() == null ? List.of() : input.deliverableKinds();
        for (int i = 0; i < typed.size(); i++) {
            String field = "deliverableKinds[" + i + "]";
            String name = errors.optional(field, TextLimit.DELIVERABLE_KIND_NAME, typed.get(i));
            if (name != null && !seen.add(name.toLowerCase(Locale.ROOT))) {
                errors.add(field, name + " is listed twice.");
            } else if (name != null) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            errors.add("deliverableKinds", "List at least one deliverable, e.g. Full score.");
        }
        List<DeliverableKind> kinds = DeliverableKind.listFor(productionId);
        for (DeliverableKind kind : kinds) {
            boolean kept = names.stream().anyMatch(n -> n.equalsIgnoreCase(kind.name));
            if (!kept && ScoreDeliverable.count("kind", kind) > 0) {
                errors.add(
                        "deliverableKinds",
                        kind.name + " has delivered files; remove them from the cues' documents before dropping it.");
            }
        }
        errors.throwIfAny();
        for (DeliverableKind kind : kinds) {
            if (names.stream().noneMatch(n -> n.equalsIgnoreCase(kind.name))) {
                kind.delete();
            }
        }
        DeliverableKind.flush();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            DeliverableKind kind = kinds.stream()
                    .filter(k -> k.name.equalsIgnoreCase(name) && k.isPersistent())
                    .findFirst()
                    .orElseGet(DeliverableKind::new);
            kind.production = production;
            kind.name = name;
            kind.position = i;
            kind.persist();
        }
        production.plannedScoreMinutes = minutes;
        // The list lives in its own table: raise the production's version so a stale plan form still fails.
        Production.getEntityManager().lock(production, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return production;
    }

    @Transactional
    public SpottingSession addSpottingSession(long productionId, ScoreInputs.Spotting input) {
        Production production = production(productionId);
        Errors errors = new Errors();
        if (input.heldOn() == null) {
            errors.add("heldOn", "Date is required.");
        }
        String attendees = errors.required(TextLimit.SPOTTING_ATTENDEES, input.attendees());
        String notes = errors.optional(TextLimit.SPOTTING_NOTES, input.notes());
        errors.throwIfAny();
        SpottingSession session = new SpottingSession();
        session.production = production;
        session.heldOn = input.heldOn();
        session.attendees = attendees;
        session.notes = notes;
        session.persist();
        return session;
    }

    /** Writes a score cue's spotting notes and target date; {@code version} is 0 for a cue without notes yet. */
    @Transactional
    public ScoreCue updateCueNotes(long cueId, long version, ScoreInputs.CueNotes input) {
        Cue cue = scoreCue(cueId, "cue");
        ScoreCue notes = ScoreCue.findByCue(cueId).orElseGet(ScoreCue::new);
        notes.requireVersion(version, "The score notes of cue " + cue.number);
        Errors errors = new Errors();
        SpottingSession session = null;
        if (input.spottingSessionId() != null) {
            session = SpottingSession.findById(input.spottingSessionId());
            if (session == null || !Objects.equals(session.production.id, cue.production.id)) {
                errors.add("spottingSessionId", "Choose one of this production's spotting sessions, or none.");
            }
        }
        String intent = errors.optional(TextLimit.SCORE_CUE_EMOTIONAL_INTENT, input.emotionalIntent());
        String note = errors.optional(TextLimit.SCORE_CUE_DIRECTOR_NOTE, input.directorNote());
        errors.throwIfAny();
        notes.cue = cue;
        notes.spottingSession = session;
        notes.emotionalIntent = intent;
        notes.directorNote = note;
        notes.targetDate = input.targetDate();
        if (!notes.isPersistent()) {
            // A form for a cue without notes carries version 0: the new row starts at 1, so that form,
            // sent again, is stale instead of silently overwriting what the first one wrote.
            notes.version = 1;
            notes.persist();
        }
        return notes;
    }

    /**
     * Appends a stage to a score cue's history. {@code seen} is the number of entries the caller saw, so a
     * stage recorded meanwhile by someone else is a conflict instead of being silently followed.
     */
    @Transactional
    public ScoreStageEntry recordStage(long cueId, long seen, ScoreInputs.Stage input) {
        Cue cue = scoreCue(cueId, "cue");
        List<ScoreStageEntry> history = history(cueId);
        if (history.size() != seen) {
            throw new ConflictException("Cue " + cue.number + " had a stage recorded by someone else after you"
                    + " opened it. Reload to see it, then record yours again.");
        }
        Errors errors = new Errors();
        LocalDate on = input.on() == null ? LocalDate.now() : input.on();
        ScoreStage current = history.isEmpty() ? null : history.get(history.size() - 1).stage;
        if (input.stage() == null) {
            errors.add("stage", "Choose a stage.");
        } else if (input.stage() == current) {
            errors.add("stage", "Cue " + cue.number + " is already at " + current.label() + ".");
        }
        String signedBy = errors.optional(TextLimit.SCORE_STAGE_SIGNED_BY, input.signedBy());
        String reason = errors.optional(TextLimit.SCORE_STAGE_REASON, input.reason());
        boolean back = current != null && input.stage() != null && input.stage().compareTo(current) < 0;
        if (back && reason == null) {
            errors.add(
                    "reason",
                    "Say why " + cue.number + " goes back from " + current.label() + " to "
                            + input.stage().label() + ", e.g. the mock-up was rejected.");
        }
        if (!history.isEmpty() && on.isBefore(history.get(history.size() - 1).occurredOn)) {
            errors.add(
                    "on",
                    "The date is before the cue's latest stage (" + history.get(history.size() - 1).occurredOn
                            + "); stages are recorded in the order they happen.");
        }
        errors.throwIfAny();
        return append(cue, input.stage(), on, signedBy, reason, null);
    }

    @Transactional
    public RecordingSession addRecordingSession(long productionId, ScoreInputs.Session input) {
        Production production = production(productionId);
        Errors errors = new Errors();
        if (input.heldOn() == null) {
            errors.add("heldOn", "Date is required.");
        }
        String studio = errors.required(TextLimit.RECORDING_SESSION_STUDIO, input.studio());
        String orchestra = errors.optional(TextLimit.RECORDING_SESSION_ORCHESTRA, input.orchestra());
        Integer players = errors.whole("players", "Players", input.players(), NumberLimit.SCORE_COUNT);
        String conductor = errors.optional(TextLimit.RECORDING_SESSION_CONDUCTOR, input.conductor());
        String reportNumber = errors.optional(TextLimit.RECORDING_SESSION_REPORT_NUMBER, input.reportNumber());
        String notes = errors.optional(TextLimit.RECORDING_SESSION_NOTES, input.notes());
        List<Cue> cues = new ArrayList<>();
        List<Long> cueIds = input.cueIds() == null ? List.of() : input.cueIds();
        for (int i = 0; i < cueIds.size(); i++) {
            String field = "cueIds[" + i + "]";
            if (!errors.present(field, "Cue", cueIds.get(i))) {
                continue;
            }
            Cue cue = Cue.findById(cueIds.get(i));
            if (cue == null || !Objects.equals(cue.production.id, productionId) || cue.origin != CueOrigin.SCORE) {
                errors.add(field, "Choose score cues of this production.");
            } else if (!cues.contains(cue)) {
                cues.add(cue);
            }
        }
        if (cueIds.isEmpty()) {
            errors.add("cueIds", "Choose the cues the session recorded.");
        }
        errors.throwIfAny();
        RecordingSession session = new RecordingSession();
        session.production = production;
        session.heldOn = input.heldOn();
        session.studio = studio;
        session.orchestra = orchestra;
        session.players = players;
        session.conductor = conductor;
        session.reportNumber = reportNumber;
        session.notes = notes;
        session.cues.addAll(cues);
        session.persist();
        String signedBy = conductor == null ? null : conductor;
        for (Cue cue : cues) {
            Optional<ScoreStage> current = currentStage(cue.id);
            if (current.isEmpty() || !current.get().isRecorded()) {
                append(cue, ScoreStage.RECORDED, session.heldOn, signedBy, null, session);
            }
        }
        return session;
    }

    /**
     * Stores a delivered file for one score cue and one of the production's deliverables, as a document
     * of the cue. A deliverable already present is a conflict: remove its document first.
     */
    @Transactional
    public ScoreDeliverable attachDeliverable(
            long cueId, String kindName, String fileName, String contentType, InputStream content) {
        Cue cue = scoreCue(cueId, "cue");
        List<DeliverableKind> kinds = kindsForWriting(cue.production);
        DeliverableKind kind = kindName == null
                ? null
                : kinds.stream()
                        .filter(k -> k.name.equalsIgnoreCase(kindName.strip()))
                        .findFirst()
                        .orElse(null);
        if (kind == null) {
            throw new ValidationException(
                    "kind",
                    "Choose one of the production's deliverables: "
                            + String.join(", ", kinds.stream().map(k -> k.name).toList()) + ".");
        }
        Optional<ScoreDeliverable> present =
                ScoreDeliverable.find("cue.id = ?1 and kind = ?2", cueId, kind).firstResultOptional();
        if (present.isPresent()) {
            throw new ConflictException(kind.name + " of cue " + cue.number + " is already attached ("
                    + present.get().document.fileName + "); remove that document first to replace it.");
        }
        Document document = documents.upload(new DocumentService.Upload(
                cueId, null, DocumentKind.SCORE_DELIVERABLE, fileName, contentType, kind.name, content));
        ScoreDeliverable deliverable = new ScoreDeliverable();
        deliverable.cue = cue;
        deliverable.kind = kind;
        deliverable.document = document;
        deliverable.persist();
        return deliverable;
    }

    /** A cue's stage history, oldest first. */
    public List<ScoreStageEntry> history(long cueId) {
        return ScoreStageEntry.list("cue.id = ?1 order by occurredOn, id", cueId);
    }

    public Optional<ScoreStage> currentStage(long cueId) {
        List<ScoreStageEntry> history = history(cueId);
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1).stage);
    }

    /** The production's deliverable kinds; the defaults are stored the first time anything is attached. */
    private List<DeliverableKind> kindsForWriting(Production production) {
        List<DeliverableKind> kinds = DeliverableKind.listFor(production.id);
        if (!kinds.isEmpty()) {
            return kinds;
        }
        List<DeliverableKind> created = new ArrayList<>();
        for (String name : DeliverableKind.DEFAULTS) {
            DeliverableKind kind = new DeliverableKind();
            kind.production = production;
            kind.name = name;
            kind.position = created.size();
            kind.persist();
            created.add(kind);
        }
        return created;
    }

    private ScoreStageEntry append(
            Cue cue, ScoreStage stage, LocalDate on, String signedBy, String reason, RecordingSession session) {
        ScoreStageEntry entry = new ScoreStageEntry();
        entry.cue = cue;
        entry.stage = stage;
        entry.occurredOn = on;
        entry.signedBy = signedBy != null ? signedBy : cut(actor.displayName(), 200);
        entry.username = cut(actor.name(), 60);
        entry.reason = reason;
        entry.recordingSession = session;
        entry.persist();
        return entry;
    }

    private static Production production(long id) {
        return Production.<Production>findByIdOptional(id).orElseThrow(() -> NotFoundException.of("Production", id));
    }

    private static Cue scoreCue(long cueId, String field) {
        Cue cue = Cue.<Cue>findByIdOptional(cueId).orElseThrow(() -> NotFoundException.of("Cue", cueId));
        if (cue.origin != CueOrigin.SCORE) {
            throw new ValidationException(
                    field,
                    "Cue " + cue.number + " is " + cue.origin.label().toLowerCase(Locale.ROOT)
                            + ", not score; score production follows score cues only.");
        }
        return cue;
    }

    // Names come from the user accounts' own columns; this only guards against an actor from elsewhere.
    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
