package org.rightstracker.web.startup;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Proves the data directory takes a write before anything else starts. The embedded database opens a
 * read-only file without complaint and would only fail at the first save; documents and issued
 * reports live there too. Failing here gives the one-line "data directory is not writable" message
 * ({@link StartupFailure}) instead.
 */
@ApplicationScoped
public class DataDirectoryCheck {

    @ConfigProperty(name = "rights.data-dir", defaultValue = "./data")
    Path dataDir;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        try {
            Files.createDirectories(dataDir);
            Files.delete(Files.createTempFile(dataDir, ".write-check-", ".tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
