package org.rightstracker.web.startup;

import java.net.BindException;
import java.net.ConnectException;
import java.nio.file.AccessDeniedException;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/** Recognises the common causes of a failed start and says, in one sentence, how to fix each. */
final class StartupFailure {

    private StartupFailure() {}

    static Optional<String> explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof BindException
                    || message.contains("Port already bound")
                    || message.contains("seems to be in use")) {
                return Optional.of(
                        "Cannot start: port " + setting("quarkus.http.port", "8080")
                                + " is already in use. Stop the other process or choose another port with QUARKUS_HTTP_PORT=8081.");
            }
            if (t instanceof AccessDeniedException
                    || message.contains("AccessDenied")
                    || message.contains("Read-only")
                    || message.contains("read only")
                    || message.contains("Permission denied")
                    || message.contains("Could not create directory")) {
                return Optional.of("Cannot start: the data directory " + setting("rights.data-dir", "./data")
                        + " is not writable. Make it writable or point RIGHTS_DATA_DIR at a directory that is.");
            }
            if (t instanceof ConnectException
                    || message.contains("Connection refused")
                    || message.contains("The connection attempt failed")
                    || message.contains("UnknownHost")) {
                return Optional.of(
                        "Cannot start: the database at " + setting("quarkus.datasource.jdbc.url", "?")
                                + " cannot be reached. Start it, or check RIGHTS_JDBC_URL, RIGHTS_DB_USER and RIGHTS_DB_PASSWORD.");
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    private static String setting(String key, String fallback) {
        try {
            return ConfigProvider.getConfig()
                    .getOptionalValue(key, String.class)
                    .orElse(fallback);
        } catch (RuntimeException configGone) {
            return fallback;
        }
    }
}
