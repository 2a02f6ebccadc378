package org.rightstracker.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.rightstracker.web.security.CurrentUser;
import org.rightstracker.web.security.ProductionAccess;

/** Who the API caller is, and which productions they can reach. */
@Path("/api/v1/me")
public class MeResource {

    @Inject
    CurrentUser user;

    @Inject
    ProductionAccess access;

    /** The caller as the API describes them. */
    public record Me(String username, String name, List<String> roles, List<ProductionRef> productions) {}

    public record ProductionRef(long id, String title) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me() {
        return new Me(
                user.username(),
                user.displayName(),
                user.isAdmin() ? List.of("ADMIN") : List.of(roleOf()),
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
