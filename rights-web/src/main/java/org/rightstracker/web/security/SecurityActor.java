package org.rightstracker.web.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import jakarta.enterprise.context.ApplicationScoped;
import org.rightstracker.core.audit.Actor;
import org.rightstracker.core.audit.SystemActor;

/** Names the signed-in user in the audit history; start-up work without a request is "system". */
@ApplicationScoped
public class SecurityActor implements Actor {

    @Override
    public String name() {
        try {
            var association = Arc.container().instance(CurrentIdentityAssociation.class);
            if (!association.isAvailable() || !Arc.container().requestContext().isActive()) {
                return SystemActor.NAME;
            }
            var identity = association.get().getIdentity();
            return identity == null || identity.isAnonymous()
                    ? SystemActor.NAME
                    : identity.getPrincipal().getName();
        } catch (RuntimeException noRequest) {
            return SystemActor.NAME;
        }
    }
}
