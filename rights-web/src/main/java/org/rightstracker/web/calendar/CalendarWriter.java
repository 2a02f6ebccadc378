package org.rightstracker.web.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import org.rightstracker.core.deadline.Deadline;
import org.rightstracker.core.deadline.DeadlineKind;

/**
 * Deadlines as an RFC 5545 calendar: one all-day event each, with a UID that stays the same for the
 * same deadline (so a calendar app updates an event rather than adding a copy when a date moves), a
 * summary naming what runs out, and the cue page's address.
 */
final class CalendarWriter {

    static final String DOMAIN = "@rights-tracker";

    private CalendarWriter() {}

    /** @param baseUrl the site's address without a trailing slash, e.g. "https://rights.example.com" */
    static String write(String owner, List<Deadline> deadlines, String baseUrl) {
        Calendar calendar = new Calendar()
                .withProdId("-//Rights Tracker//Licence deadlines//EN")
                .withDefaults()
                .withProperty(new XProperty("X-WR-CALNAME", "Rights Tracker — " + owner))
                .getFluentTarget();
        for (Deadline deadline : deadlines) {
            calendar.add(event(deadline, baseUrl));
        }
        StringWriter out = new StringWriter();
        try {
            // Not validated again on output: every event is built complete here, and validation rejects
            // the calendar-name extension most calendar apps read.
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String uid(Deadline deadline) {
        String source = deadline.kind() == DeadlineKind.OPTION_DEADLINE ? "option-" : "item-";
        return deadline.kind().key() + "-" + source + deadline.sourceId() + DOMAIN;
    }

    static String summary(Deadline deadline) {
        String subject = switch (deadline.kind()) {
            case QUOTE_EXPIRY -> "Quote expires";
            case OPTION_DEADLINE -> "Option deadline (" + deadline.what() + ")";
            case TERM_END -> "Licence term ends";
        };
        return subject + ": " + deadline.production() + ", " + deadline.cueNumber() + " " + deadline.cueTitle() + " — "
                + deadline.licensor();
    }

    private static VEvent event(Deadline deadline, String baseUrl) {
        String description = deadline.kind().label() + " on " + deadline.on() + ".\n"
                + "Production: " + deadline.production() + "\n"
                + "Cue: " + deadline.cueNumber() + " " + deadline.cueTitle() + "\n"
                + "Licensor: " + deadline.licensor() + " (" + deadline.side() + ")\n"
                + (deadline.kind() == DeadlineKind.TERM_END ? "Term: " : "About: ") + deadline.what();
        VEvent event = new VEvent(deadline.on(), deadline.on().plusDays(1), summary(deadline));
        event.add(new Uid(uid(deadline)));
        event.add(new Description(description));
        event.add(new Url(URI.create(baseUrl + "/cues/" + deadline.cueId() + "#item-" + deadline.itemId())));
        return event;
    }
}
