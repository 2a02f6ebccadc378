package org.rightstracker.web.page.cue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.licence.FollowUpChannel;
import org.rightstracker.core.licence.FollowUpInput;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.page.ReturnPath;

/**
 * "Log a follow-up" as typed: when, how, what was said, and when to chase next; {@code back} is the page it
 * was posted from when that is not the cue page (the chase list), to return there.
 */
public record FollowUpForm(
        @RestForm String on,
        @RestForm String channel,
        @RestForm String note,
        @RestForm String nextFollowUpOn,
        @RestForm String back) {

    static final List<String> FIELDS = List.of("on", "channel", "note", "nextFollowUpOn");

    static FollowUpForm empty() {
        return new FollowUpForm(LocalDate.now().toString(), "", "", "", "");
    }

    public List<FollowUpChannel> channels() {
        return List.of(FollowUpChannel.values());
    }

    public boolean isChannel(FollowUpChannel choice) {
        return choice.name().equals(channel);
    }

    /** The local page to return to after logging, or null for the cue page. */
    public String returnPath() {
        return ReturnPath.local(back);
    }

    FollowUpInput toInput() {
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = FormFields.date(on, "on", "The date", errors);
        FollowUpChannel how = FormFields.choice(FollowUpChannel.class, channel, "channel", "channels", errors);
        LocalDate next = FormFields.date(nextFollowUpOn, "nextFollowUpOn", "Next follow-up", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new FollowUpInput(date, how, note, next);
    }
}
