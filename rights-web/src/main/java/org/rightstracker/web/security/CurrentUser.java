package org.rightstracker.web.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The signed-in user of this request, for resources and templates. */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    static final String USER_ID = "rights.user-id";
    static final String DISPLAY_NAME = "rights.display-name";

    @Inject
    SecurityIdentity identity;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String username() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    public String displayName() {
        String name = identity.getAttribute(DISPLAY_NAME);
        return name == null ? username() : name;
    }

    public Long userId() {
        return identity.getAttribute(USER_ID);
    }

    public boolean isAdmin() {
        return identity.hasRole(Role.ADMIN_NAME);
    }

    public boolean hasRole(Role role) {
        return identity.hasRole(role.name());
    }

    /** Supervisors edit clearances of their productions; administrators edit everything. */
    public boolean canEditClearances() {
        return isAdmin() || hasRole(Role.SUPERVISOR);
    }

    /** Producers sign off and approve budgets of their productions; administrators too. */
    public boolean canSignOff() {
        return isAdmin() || hasRole(Role.PRODUCER);
    }
}
