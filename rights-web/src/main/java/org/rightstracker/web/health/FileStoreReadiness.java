package org.rightstracker.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.rightstracker.core.files.StoredFiles;

/**
 * Readiness of the file store: an instance that cannot write documents or read issued reports should
 * receive no traffic. The database itself has Quarkus's own readiness check ("Database connections
 * health check"); liveness stays with Quarkus's cheap default, so a slow database never gets an
 * instance restarted. Health is public, so the answer names the kind of store, never a path.
 */
@Readiness
@ApplicationScoped
public class FileStoreReadiness implements HealthCheck {

    @Inject
    StoredFiles files;

    @Override
    public HealthCheckResponse call() {
        String kind = files.kind().name().toLowerCase(java.util.Locale.ROOT);
        try {
            files.check();
            return HealthCheckResponse.named("File store")
                    .up()
                    .withData("store", kind)
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("File store")
                    .down()
                    .withData("store", kind)
                    .build();
        }
    }
}
