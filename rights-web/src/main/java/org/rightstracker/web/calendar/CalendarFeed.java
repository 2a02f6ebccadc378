package org.rightstracker.web.calendar;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.deadline.Deadlines;
import org.rightstracker.web.security.AppUser;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.ProductionMember;

/**
 * A user's calendar feed at a secret address, for calendar apps that subscribe without signing in (the
 * path is public in application.properties; the token is the credential). The productions are those the
 * user reaches at the moment of each request, so leaving a team takes its deadlines out of the feed at
 * the next refresh. An unknown or revoked address is a plain 404 that says nothing about why.
 */
@Path("/calendar")
@Tag(name = "Calendar")
public class CalendarFeed {

    static final String TEXT_CALENDAR = "text/calendar; charset=UTF-8";

    @Inject
    CalendarTokens tokens;

    @Inject
    Deadlines deadlines;

    @ConfigProperty(name = "rights.base-url")
    Optional<String> baseUrl;

    @Context
    UriInfo uri;

    @GET
    @Path("{token}.ics")
    @Operation(
            summary = "Your calendar feed (RFC 5545)",
            description = "Quote expiries, option deadlines and licence term ends of your productions as all-day"
                    + " events. The address comes from your account page; it needs no sign-in.")
    public Response feed(@PathParam("token") String token) {
        Optional<AppUser> holder = tokens.holder(token);
        if (holder.isEmpty()) {
            return Response.status(404)
                    .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity("No calendar feed at this address.")
                    .build();
        }
        AppUser user = holder.get();
        String body = CalendarWriter.write(user.displayName, deadlines.of(productionsOf(user)), base());
        return Response.ok(body, TEXT_CALENDAR)
                .header("Cache-Control", "private, no-store")
                .header("Content-Disposition", "inline; filename=\"rights-tracker.ics\"")
                .build();
    }

    /** The same rule as ProductionAccess, for a user known by token rather than by session; null for all. */
    private static List<Long> productionsOf(AppUser user) {
        if (Permission.SEE_EVERY_PRODUCTION.grantedTo(user.role)) {
            return null;
        }
        return ProductionMember.<ProductionMember>list("userId", user.id).stream()
                .map(m -> m.productionId)
                .toList();
    }

    private String base() {
        return CalendarSection.base(baseUrl, uri.getBaseUri().toString());
    }
}
