package org.rightstracker.web.page.series;

import static org.rightstracker.web.page.FormFields.text;

import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.series.Season;
import org.rightstracker.core.series.SeasonInput;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.page.MergeFields;

/** The season form as typed: its number in the series, an optional title and its own budget. */
public record SeasonForm(
        @RestForm String number,
        @RestForm String title,
        @RestForm String budget,
        @RestForm String version,
        @RestForm String seen,
        @RestForm String baseline) {

    static final MergeFields<SeasonForm> MERGE = MergeFields.of(SeasonForm.class)
            .field("number", "Season number")
            .field("title", "Title")
            .field("budget", "Season budget")
            .build();

    static final List<String> FIELDS = List.of("number", "title", "budget");

    /** A new season of a series: numbered after its last one. */
    static SeasonForm next(List<Season> existing) {
        int next = existing.stream().mapToInt(s -> s.number).max().orElse(0) + 1;
        return new SeasonForm(Integer.toString(next), "", "", "0", "", "");
    }

    static SeasonForm of(Season s) {
        return MERGE.opened(new SeasonForm(
                Integer.toString(s.number),
                text(s.title),
                s.budgetAmount == null ? "" : s.budgetAmount.toPlainString(),
                Long.toString(s.version),
                FormFields.openedNow(),
                null));
    }

    long versionNumber() {
        return FormFields.version(version);
    }

    SeasonInput toInput() {
        List<FieldError> errors = new ArrayList<>();
        Integer seasonNumber = FormFields.integer(number, "number", "Season number", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new SeasonInput(seasonNumber, title, budget);
    }
}
