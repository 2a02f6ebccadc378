package org.rightstracker.web.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Enforces {@link Requires}. Runs after the CSRF filter (a higher priority number runs later), so a
 * refused page request still has its CSRF token and the 403 page can show the normal layout.
 */
public class RequiresFilter {

    @Inject
    Permissions permissions;

    @ServerRequestFilter(priority = Priorities.USER + 100)
    public void check(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return;
        }
        Requires required = resource.getResourceMethod().getAnnotation(Requires.class);
        if (required == null) {
            required = resource.getResourceClass().getAnnotation(Requires.class);
        }
        if (required != null) {
            permissions.require(required.value());
        }
    }
}
