package org.rightstracker.web.page.cue;

import static org.rightstracker.web.page.FormFields.text;

import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueInput;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.page.MergeFields;
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
        @RestForm String seen,
        @RestForm String baseline) {

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

    /** The fields a conflict merges, in form order; moods and styles are one text each, so one field each. */
    static final MergeFields<CueForm> MERGE = MergeFields.of(CueForm.class)
            .field("number", "Cue number")
            .field("title", "Title")
            .field("origin", "Origin")
            .field("usage", "Usage")
            .field("timecodeIn", "Timecode in")
            .field("timecodeOut", "Timecode out")
            .field("duration", "Duration")
            .field("scene", "Scene")
            .field("moods", "Moods")
            .field("styles", "Styles")
            .field("notes", "Notes")
            .field("work", "Work")
            .field("recording", "Recording")
            .field("active", "In the cut")
            .build();

    static CueForm empty() {
        return new CueForm("", "", "SOUNDTRACK", "BI", "", "", "", "", "", "", "", "", "", "true", "0", "", "");
    }

    static CueForm of(Cue cue) {
        return MERGE.opened(new CueForm(
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
                FormFields.openedNow(),
                null));
    }

    public boolean isActive() {
        return FormFields.checked(active);
    }

    long versionNumber() {
        return FormFields.version(version);
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
}
