package org.rightstracker.core.cue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.rightstracker.core.clearance.ClearanceItemSync;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.production.ProductionService;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.shared.DuplicateValueException;
import org.rightstracker.core.shared.Errors;
import org.rightstracker.core.shared.InvalidValueException;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.RunningTime;
import org.rightstracker.core.shared.TextLimit;
import org.rightstracker.core.shared.Timecode;
import org.rightstracker.core.work.Work;

@ApplicationScoped
public class CueService {

    @Inject
    ProductionService productionService;

    @Inject
    ClearanceItemSync clearanceItemSync;

    public Cue get(long id) {
        return Cue.<Cue>findByIdOptional(id).orElseThrow(() -> NotFoundException.of("Cue", id));
    }

    /** Adds a cue to a production and derives the clearance items its music needs. */
    @Transactional
    public Cue create(long productionId, CueInput input) {
        Production production = productionService.get(productionId);
        Cue cue = new Cue();
        cue.production = production;
        apply(cue, input);
        production.addCue(cue);
        cue.persist();
        clearanceItemSync.refresh(cue);
        // Callers show or link the derived items straight away: give them their ids.
        Cue.flush();
        return cue;
    }

    @Transactional
    public Cue update(long id, long version, CueInput input) {
        Cue cue = get(id);
        cue.requireVersion(version, "Cue " + cue.number);
        // Asked before the cue changes: the query would otherwise flush the new number into the unique index.
        String renumbered = input.number() == null ? "" : input.number().strip();
        if (!renumbered.isEmpty() && !renumbered.equalsIgnoreCase(cue.number)) {
            boolean taken = Cue.count(
                            "production = ?1 and lower(number) = ?2 and id <> ?3",
                            cue.production,
                            renumbered.toLowerCase(Locale.ROOT),
                            cue.id)
                    > 0;
            if (taken) {
                throw new DuplicateValueException(
                        "number",
                        "Cue " + renumbered.toUpperCase(Locale.ROOT) + " already exists in " + cue.production.title
                                + ".");
            }
        }
        apply(cue, input);
        clearanceItemSync.refresh(cue);
        // Callers show or link the derived items straight away: give them their ids.
        Cue.flush();
        return cue;
    }

    @Transactional
    public void delete(long id, long version) {
        Cue cue = get(id);
        cue.requireVersion(version, "Cue " + cue.number);
        cue.production.cues.remove(cue);
        cue.delete();
    }

    private void apply(Cue cue, CueInput input) {
        Errors errors = new Errors();
        String number = errors.required(TextLimit.CUE_NUMBER, input.number());
        String title = errors.required(TextLimit.CUE_TITLE, input.title());
        if (input.origin() == null) {
            errors.add("origin", "Choose where the music comes from (score, soundtrack, library...).");
        }
        var rate = cue.production.frameRate;
        Timecode in = errors.parse("timecodeIn", input.timecodeIn(), text -> Timecode.parse(text, rate));
        Timecode out = errors.parse("timecodeOut", input.timecodeOut(), text -> Timecode.parse(text, rate));
        Duration duration = errors.parse("duration", input.duration(), RunningTime::parse);
        if (in != null && out != null) {
            try {
                Duration timed = in.durationUntil(out);
                duration = Duration.ofSeconds(Math.round(timed.toMillis() / 1000.0));
            } catch (InvalidValueException e) {
                errors.add("timecodeOut", e.getMessage());
            }
        }
        Work work = null;
        if (input.workId() != null) {
            work = Work.findById(input.workId());
            if (work == null) {
                errors.add("workId", "Work " + input.workId() + " does not exist.");
            }
        }
        Recording recording = null;
        if (input.recordingId() != null) {
            recording = Recording.findById(input.recordingId());
            if (recording == null) {
                errors.add("recordingId", "Recording " + input.recordingId() + " does not exist.");
            }
        }
        if (work == null && recording != null && recording.work != null) {
            // A recording names its composition: the cue needs that work's sync side too.
            work = recording.work;
        }
        if (work != null
                && recording != null
                && recording.work != null
                && !Objects.equals(recording.work.id, work.id)) {
            errors.add(
                    "recordingId",
                    "The recording \"" + recording.title + "\" is of the work " + recording.work.identified()
                            + ", not of the cue's work " + work.identified() + ".");
        }
        String scene = errors.optional(TextLimit.CUE_SCENE, input.scene());
        String moods = errors.optional(TextLimit.CUE_MOODS, input.moods());
        String styles = errors.optional(TextLimit.CUE_STYLES, input.styles());
        String notes = errors.optional(TextLimit.CUE_NOTES, input.notes());
        errors.throwIfAny();

        cue.number = number.toUpperCase();
        cue.title = title;
        cue.origin = input.origin();
        cue.usage = input.usage() == null ? CueUsage.BI : input.usage();
        cue.timecodeIn = in == null ? null : in.toString();
        cue.timecodeOut = out == null ? null : out.toString();
        cue.durationSeconds = duration == null ? null : (int) duration.toSeconds();
        cue.scene = scene;
        cue.moods = moods;
        cue.styles = styles;
        cue.notes = notes;
        cue.work = work;
        cue.recording = recording;
        cue.active = input.active();
    }
}
