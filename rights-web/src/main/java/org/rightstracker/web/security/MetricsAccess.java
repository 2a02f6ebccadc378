package org.rightstracker.web.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may read {@code /q/metrics} (the {@code read-metrics} HTTP policy in application.properties):
 * a signed-in user whose role holds {@link Permission#READ_METRICS}, or a scraper presenting the
 * configured token ({@code rights.metrics.token}, env {@code RIGHTS_METRICS_TOKEN}) as
 * {@code Authorization: Bearer <token>}, so Prometheus needs no administrator's password. Everyone
 * else is refused: the metrics name routes, job outcomes and volumes no stranger should see.
 */
@ApplicationScoped
public class MetricsAccess implements HttpSecurityPolicy {

    private static final String BEARER = "Bearer ";

    private final Optional<String> token;

    public MetricsAccess(@ConfigProperty(name = "rights.metrics.token") Optional<String> token) {
        // A short token is as good as none: refuse to accept one rather than invite guessing.
        this.token = token.map(String::strip).filter(t -> t.length() >= 16);
    }

    @Override
    public Uni<CheckResult> checkPermission(
            RoutingContext request, Uni<SecurityIdentity> identity, AuthorizationRequestContext context) {
        if (presentsToken(request.request().getHeader("Authorization"))) {
            return Uni.createFrom().item(CheckResult.PERMIT);
        }
        return identity.map(user -> mayRead(user) ? CheckResult.PERMIT : CheckResult.DENY);
    }

    @Override
    public String name() {
        return "read-metrics";
    }

    private boolean presentsToken(String authorization) {
        if (token.isEmpty() || authorization == null || !authorization.startsWith(BEARER)) {
            return false;
        }
        byte[] presented = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(presented, token.get().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean mayRead(SecurityIdentity user) {
        if (user == null || user.isAnonymous()) {
            return false;
        }
        for (Role role : Role.values()) {
            if (user.hasRole(role.name()) && Permission.READ_METRICS.grantedTo(role)) {
                return true;
            }
        }
        return false;
    }
}
