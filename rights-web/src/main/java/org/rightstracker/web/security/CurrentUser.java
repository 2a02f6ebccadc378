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

    /** The user's role (one per user); null when anonymous. */
    public Role role() {
        for (Role role : Role.values()) {
            if (hasRole(role)) {
                return role;
            }
        }
        return null;
    }
}
