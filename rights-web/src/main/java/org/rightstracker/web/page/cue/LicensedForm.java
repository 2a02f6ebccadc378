package org.rightstracker.web.page.cue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.FormFields;

/**
 * The confirmation of "Mark licensed" as typed: the date and note of the step and the description of
 * the signed licence attached with it. The file itself cannot be shown again: a refused form asks for
 * it anew.
 */
public record LicensedForm(String on, String note, String description, String version, String seen) {

    static final List<String> FIELDS = List.of("on", "note", "file", "description");

    static LicensedForm of(ClearanceItem item) {
        return new LicensedForm(
                LocalDate.now().toString(), "", "", Long.toString(item.version), FormFields.openedNow());
    }

    /** The date, note and version typed in the step form whose "Mark licensed" asked for this confirmation. */
    static LicensedForm from(StepForm step) {
        String on = FormFields.blank(step.on()) ? LocalDate.now().toString() : step.on();
        return new LicensedForm(on, FormFields.text(step.note()), "", step.version(), step.seen());
    }

    LicensedForm over(ClearanceItem current) {
        return new LicensedForm(on, note, description, Long.toString(current.version), FormFields.openedNow());
    }

    Instant seenAt() {
        Long millis = FormFields.id(seen);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    long versionNumber() {
        return FormFields.version(version);
    }

    LicenceStep toStep() {
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = FormFields.date(on, "on", "The date", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new LicenceStep(date, null, null, null, null, note);
    }
}
