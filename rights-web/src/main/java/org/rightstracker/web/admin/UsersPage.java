package org.rightstracker.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.production.ProductionService;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.security.AppUser;
import org.rightstracker.web.security.CurrentUser;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.Requires;
import org.rightstracker.web.security.Role;
import org.rightstracker.web.security.UserAccounts;

/** Administrators create, disable and reset users and put them on production teams. */
@Path("/admin/users")
@Requires(Permission.MANAGE_USERS)
public class UsersPage {

    @Inject
    UserAccounts accounts;

    @Inject
    ProductionService productions;

    @Inject
    CurrentUser currentUser;

    /** A user with the productions whose team they are on, as one row of the page. */
    public record UserRow(AppUser user, Set<Long> productionIds) {}

    /** What the administrator typed into the new-user form, kept when it has to be shown again. */
    public record NewUserForm(String username, String displayName, String role) {
        static final NewUserForm EMPTY = new NewUserForm("", "", "VIEWER");
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                List<UserRow> users,
                List<Production> productions,
                List<Role> roles,
                NewUserForm form,
                Map<String, String> errors,
                String message);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("message") String message) {
        return page(NewUserForm.EMPTY, Map.of(), message);
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response create(
            @RestForm String username, @RestForm String displayName, @RestForm String role, @RestForm String password) {
        NewUserForm form = new NewUserForm(username, displayName, role);
        try {
            Role chosen = role == null || role.isBlank() ? null : Role.valueOf(role);
            AppUser user = accounts.create(username, displayName, chosen, password, true);
            return redirect("Created " + user.username + "; they choose their own password at first sign-in.");
        } catch (ValidationException e) {
            Map<String, String> errors =
                    e.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a));
            return Response.status(400).entity(page(form, errors, null)).build();
        } catch (IllegalArgumentException unknownRole) {
            return Response.status(400)
                    .entity(page(form, Map.of("role", "Choose one of the roles listed."), null))
                    .build();
        }
    }

    @POST
    @Path("{id}/enabled")
    public Response setEnabled(@PathParam("id") long id, @RestForm String version, @RestForm boolean enabled) {
        accounts.setEnabled(id, FormFields.version(version), enabled, currentUser.username());
        return redirect((enabled ? "Enabled " : "Disabled ") + accounts.get(id).username + ".");
    }

    @POST
    @Path("{id}/password")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance resetPassword(@PathParam("id") long id, @RestForm String version) {
        String password = accounts.resetPassword(id, FormFields.version(version));
        // Shown once in the response, never put in a redirect URL where logs and history would keep it.
        return page(
                NewUserForm.EMPTY,
                Map.of(),
                "New password for " + accounts.get(id).username + ": " + password
                        + " — pass it on; they must change it at next sign-in.");
    }

    @POST
    @Path("{id}/productions")
    public Response setProductions(
            @PathParam("id") long id, @RestForm String version, @RestForm("production") List<Long> productionIds) {
        accounts.setMemberships(
                id, FormFields.version(version), new HashSet<>(productionIds == null ? List.of() : productionIds));
        return redirect("Updated the teams of " + accounts.get(id).username + ".");
    }

    private TemplateInstance page(NewUserForm form, Map<String, String> errors, String message) {
        List<UserRow> rows = accounts.listAll().stream()
                .map(u -> new UserRow(u, new HashSet<>(accounts.membershipsOf(u.id))))
                .toList();
        return Templates.list(rows, productions.listAll(), List.of(Role.values()), form, errors, message);
    }

    private static Response redirect(String message) {
        return Response.seeOther(
                        URI.create("/admin/users?message=" + URLEncoder.encode(message, StandardCharsets.UTF_8)))
                .build();
    }
}
