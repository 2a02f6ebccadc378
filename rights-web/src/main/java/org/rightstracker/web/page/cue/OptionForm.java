package org.rightstracker.web.page.cue;

import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.licence.OptionInput;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.FormFields;

/** A new licence option as typed. */
public record OptionForm(
        @RestForm String description,
        @RestForm String fee,
        @RestForm String exerciseDeadline,
        @RestForm String version,
        @RestForm String seen) {

    static final List<String> FIELDS = List.of("description", "fee", "exerciseDeadline");

    static OptionForm of(ClearanceItem item) {
        return new OptionForm("", "", "", Long.toString(item.version), FormFields.openedNow());
    }

    OptionForm over(ClearanceItem current) {
        return new OptionForm(
                description, fee, exerciseDeadline, Long.toString(current.version), FormFields.openedNow());
    }

    long versionNumber() {
        return FormFields.version(version);
    }

    OptionInput toInput() {
        List<FieldError> errors = new ArrayList<>();
        var deadline = FormFields.date(exerciseDeadline, "exerciseDeadline", "Exercise deadline", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new OptionInput(description, FormFields.blank(fee) ? null : fee, null, deadline);
    }
}
