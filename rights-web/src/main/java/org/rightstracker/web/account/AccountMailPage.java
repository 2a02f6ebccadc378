package org.rightstracker.web.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.mail.Outbox;
import org.rightstracker.web.page.Flash;
import org.rightstracker.web.page.FormErrors;
import org.rightstracker.web.security.AppUser;
import org.rightstracker.web.security.CurrentUser;
import org.rightstracker.web.security.UserAccounts;

/** The signed-in user's e-mail address and whether the daily digest is e-mailed to it (the opt-out). */
@Path("/account/mail")
public class AccountMailPage {

    static final List<String> FIELDS = List.of("email", "digestByEmail");

    @Inject
    CurrentUser currentUser;

    @Inject
    UserAccounts accounts;

    @Inject
    Outbox outbox;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mail(
                String email, boolean digestByEmail, long version, FormErrors errors, boolean mailConfigured);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        AppUser user = accounts.get(currentUser.userId());
        return Templates.mail(user.email, user.digestByEmail, user.version, FormErrors.none(), outbox.configured());
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response save(@RestForm String version, @RestForm String email, @RestForm String digestByEmail) {
        boolean wanted = "true".equals(digestByEmail) || "on".equals(digestByEmail);
        long expected;
        try {
            expected = Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            return refused(
                    email,
                    wanted,
                    new ValidationException("version", "The page did not say which version it edits; open it again."));
        }
        try {
            accounts.changeOwnMail(currentUser.username(), expected, email, wanted);
            return Flash.seeOther(
                    "/account/mail",
                    wanted && email != null && !email.isBlank()
                            ? "Saved: your daily digest is e-mailed to " + email.strip() + "."
                            : "Saved: your digest is not e-mailed; it stays on the digest page.");
        } catch (ValidationException e) {
            return refused(email, wanted, e);
        }
    }

    private Response refused(String email, boolean wanted, ValidationException e) {
        AppUser user = accounts.get(currentUser.userId());
        return Response.status(400)
                .entity(Templates.mail(email, wanted, user.version, FormErrors.of(e, FIELDS), outbox.configured()))
                .build();
    }
}
