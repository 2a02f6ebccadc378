package org.rightstracker.web.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.calendar.CalendarSection;
import org.rightstracker.web.security.AppUser;
import org.rightstracker.web.security.CurrentUser;
import org.rightstracker.web.security.UserAccounts;

/** The signed-in user's own account: change password, and the calendar feed's address. */
@Path("/account/password")
public class AccountPage {

    @Inject
    CurrentUser currentUser;

    @Inject
    UserAccounts accounts;

    @ConfigProperty(name = "rights.base-url")
    Optional<String> baseUrl;

    @Context
    UriInfo uri;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance password(Map<String, String> errors, boolean changed, CalendarSection calendar);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form(@QueryParam("changed") String changed) {
        return Templates.password(Map.of(), changed != null, calendar());
    }

    private CalendarSection calendar() {
        AppUser user = AppUser.findById(currentUser.userId());
        return CalendarSection.of(
                user, CalendarSection.base(baseUrl, uri.getBaseUri().toString()));
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response change(@RestForm String current, @RestForm String next, @RestForm String repeated) {
        try {
            accounts.changeOwnPassword(currentUser.username(), current, next, repeated);
            return Response.seeOther(URI.create("/account/password?changed")).build();
        } catch (ValidationException e) {
            Map<String, String> errors =
                    e.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a));
            return Response.status(400)
                    .entity(Templates.password(errors, false, calendar()))
                    .build();
        }
    }
}
