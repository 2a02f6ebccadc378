package org.rightstracker.web.calendar;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.web.page.Flash;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.security.CurrentUser;

/**
 * The account page's calendar feed buttons: turn the feed on, give it a new address (the old one stops
 * working at once, for an address that got out), or turn it off. Each carries the account's version, so
 * a second click from a stale page is refused rather than replacing the address just copied.
 */
@Path("/account/calendar")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Produces(MediaType.TEXT_HTML)
public class CalendarSettings {

    static final String ACCOUNT = "/account/password#calendar";

    @Inject
    CurrentUser currentUser;

    @Inject
    CalendarTokens tokens;

    @POST
    @Path("on")
    public Response on(@RestForm String version) {
        tokens.issue(currentUser.userId(), FormFields.version(version));
        return Flash.seeOther(ACCOUNT, "Your calendar feed is on: add its address to your calendar app.");
    }

    @POST
    @Path("reset")
    public Response reset(@RestForm String version) {
        tokens.issue(currentUser.userId(), FormFields.version(version));
        return Flash.seeOther(
                ACCOUNT,
                "Your calendar feed has a new address; the old one no longer works. Update your calendar app.");
    }

    @POST
    @Path("off")
    public Response off(@RestForm String version) {
        tokens.turnOff(currentUser.userId(), FormFields.version(version));
        return Flash.seeOther(ACCOUNT, "Your calendar feed is off; its address no longer works.");
    }
}
