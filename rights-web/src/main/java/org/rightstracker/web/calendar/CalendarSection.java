package org.rightstracker.web.calendar;

import java.util.Optional;
import org.rightstracker.web.security.AppUser;

/**
 * The account page's "Calendar feed" section: whether the feed is on, its address, and the account's
 * version that the section's forms carry.
 */
public record CalendarSection(boolean on, String url, long version) {

    public static CalendarSection of(AppUser user, String base) {
        return user.calendarToken == null
                ? new CalendarSection(false, null, user.version)
                : new CalendarSection(true, base + "/calendar/" + user.calendarToken + ".ics", user.version);
    }

    /** The site's address without a trailing slash: the configured one, else the address this request came to. */
    public static String base(Optional<String> configured, String requestBase) {
        String base = configured.filter(s -> !s.isBlank()).orElse(requestBase).strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
