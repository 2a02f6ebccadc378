package org.rightstracker.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.rightstracker.web.security.CurrentUser;
import org.rightstracker.web.security.Permissions;
import org.rightstracker.web.security.ProductionAccess;

/** Who the API caller is, what their role allows, and which productions they can reach. */
@Path("/api/v1/me")
public class MeResource {

    @Inject
    CurrentUser user;

    @Inject
    ProductionAccess access;

    @Inject
    Permissions permissions;

    /**
     * The caller as the API describes them.
     *
     * @param permissions what the role allows, e.g. {@code EDIT_PRODUCTION}, {@code SIGN_OFF}; a call
     *     needing another permission answers 403
     */
    public record Me(
            String username,
            String name,
            List<String> roles,
            List<String> permissions,
            List<ProductionRef> productions) {}

    public record ProductionRef(long id, String title) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me() {
        return new Me(
                user.username(),
                user.displayName(),
                user.isAdmin() ? List.of("ADMIN") : List.of(roleOf()),
                permissions.granted().stream().map(Enum::name).toList(),
                access.visibleProductions().stream()
                        .map(p -> new ProductionRef(p.id, p.displayTitle()))
                        .toList());
    }

    private String roleOf() {
        for (var role : org.rightstracker.web.security.Role.values()) {
            if (user.hasRole(role)) {
                return role.name();
            }
        }
        return "NONE";
    }
}
