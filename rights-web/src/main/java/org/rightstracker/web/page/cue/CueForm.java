package org.rightstracker.web.page.cue;

import static org.rightstracker.web.page.FormFields.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueInput;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.page.PageFormats;
import org.rightstracker.web.page.References;

/** The cue form as typed. */
public record CueForm(
        @RestForm String number,
        @RestForm String title,
        @RestForm String origin,
        @RestForm String usage,
        @RestForm String timecodeIn,
        @RestForm String timecodeOut,
        @RestForm String duration,
        @RestForm String scene,
        @RestForm String moods,
        @RestForm String styles,
        @RestForm String notes,
        @RestForm String work,
        @RestForm String recording,
        @RestForm String active,
        @RestForm String version,
        @RestForm String seen) {

    static final List<String> FIELDS = List.of(
            "number",
            "title",
            "origin",
            "usage",
            "timecodeIn",
            "timecodeOut",
            "duration",
            "scene",
            "moods",
            "styles",
            "notes",
            "workId",
            "recordingId");

    static final Map<String, String> LABELS = labels();

    static CueForm empty() {
        return new CueForm("", "", "SOUNDTRACK", "BI", "", "", "", "", "", "", "", "", "", "true", "0", "");
    }

    static CueForm of(Cue cue) {
        return new CueForm(
                cue.number,
                cue.title,
                cue.origin.name(),
                cue.usage.name(),
                text(cue.timecodeIn),
                text(cue.timecodeOut),
                cue.durationSeconds == null ? "" : PageFormats.runningTime(cue.durationSeconds),
                text(cue.scene),
                text(cue.moods),
                text(cue.styles),
                text(cue.notes),
                References.label(cue.work),
                References.label(cue.recording),
                cue.active ? "true" : null,
                Long.toString(cue.version),
                FormFields.openedNow());
    }

    /** The typed values over the version now saved, so a second save after a conflict goes through. */
    CueForm over(Cue current) {
        return new CueForm(
                number,
                title,
                origin,
                usage,
                timecodeIn,
                timecodeOut,
                duration,
                scene,
                moods,
                styles,
                notes,
                work,
                recording,
                active,
                Long.toString(current.version),
                FormFields.openedNow());
    }

    public boolean isActive() {
        return FormFields.checked(active);
    }

    long versionNumber() {
        return FormFields.version(version);
    }

    Instant seenAt() {
        Long millis = FormFields.id(seen);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    CueInput toInput(References references) {
        List<FieldError> errors = new ArrayList<>();
        CueOrigin chosenOrigin = FormFields.choice(CueOrigin.class, origin, "origin", "origins", errors);
        CueUsage chosenUsage = FormFields.choice(CueUsage.class, usage, "usage", "usages", errors);
        Long workId = references.work(work, "workId", errors);
        Long recordingId = references.recording(recording, "recordingId", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new CueInput(
                number,
                title,
                chosenOrigin,
                chosenUsage,
                timecodeIn,
                timecodeOut,
                duration,
                scene,
                moods,
                styles,
                notes,
                workId,
                recordingId,
                isActive());
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("number", "Cue number");
        labels.put("title", "Title");
        labels.put("origin", "Origin");
        labels.put("usage", "Usage");
        labels.put("timecodeIn", "Timecode in");
        labels.put("timecodeOut", "Timecode out");
        labels.put("duration", "Duration");
        labels.put("scene", "Scene");
        labels.put("moods", "Moods");
        labels.put("styles", "Styles");
        labels.put("notes", "Notes");
        labels.put("work", "Work");
        labels.put("recording", "Recording");
        labels.put("active", "In the cut");
        return labels;
    }
}
