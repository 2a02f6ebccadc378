package org.rightstracker.web.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.rightstracker.core.audit.Actor;
import org.rightstracker.core.audit.SystemActor;

/** Names the signed-in user in the audit history; start-up work without a request is "system". */
@ApplicationScoped
public class SecurityActor implements Actor {

    @Override
    public String name() {
        SecurityIdentity identity = signedIn();
        return identity == null ? SystemActor.NAME : identity.getPrincipal().getName();
    }

    /** The person's display name as it was when they signed in (records on a licence timeline keep it). */
    @Override
    public String displayName() {
        SecurityIdentity identity = signedIn();
        if (identity == null) {
            return SystemActor.NAME;
        }
        String display = identity.getAttribute(CurrentUser.DISPLAY_NAME);
        return display == null ? identity.getPrincipal().getName() : display;
    }

    /** The signed-in identity of the current request; null for start-up work or anonymous requests. */
    private static SecurityIdentity signedIn() {
        try {
            var association = Arc.container().instance(CurrentIdentityAssociation.class);
            if (!association.isAvailable() || !Arc.container().requestContext().isActive()) {
                return null;
            }
            var identity = association.get().getIdentity();
            return identity == null || identity.isAnonymous() ? null : identity;
        } catch (RuntimeException noRequest) {
            return null;
        }
    }
}
