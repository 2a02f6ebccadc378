package org.rightstracker.web.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Signs users in against the user table, for the login form and for HTTP Basic on the API. */
@ApplicationScoped
public class DatabaseIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(DatabaseIdentityProvider.class);

    @Inject
    UserAccounts accounts;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            String username = request.getUsername();
            UserAccounts.SignIn result =
                    accounts.signIn(username, new String(request.getPassword().getPassword()));
            AppUser user = result.user().orElseThrow(() -> {
                LOG.infof("Sign-in refused for '%s': %s", username, result.reason());
                return new AuthenticationFailedException();
            });
            return identity(user);
        });
    }

    static SecurityIdentity identity(AppUser user) {
        return identity(new SessionUsers.SessionUser(user.id, user.username, user.role, user.displayName));
    }

    static SecurityIdentity identity(SessionUsers.SessionUser user) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username()))
                .addRole(user.role().name())
                .addAttribute(CurrentUser.USER_ID, user.id())
                .addAttribute(CurrentUser.DISPLAY_NAME, user.displayName())
                .build();
    }
}
