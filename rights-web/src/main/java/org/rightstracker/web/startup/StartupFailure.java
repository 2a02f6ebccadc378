package org.rightstracker.web.startup;

import java.net.BindException;
import java.net.ConnectException;
import java.nio.file.FileSystemException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/** Recognises the common causes of a failed start and says, in one sentence, how to fix each. */
final class StartupFailure {

    /** How H2 and the JVM word a data directory that cannot be created or written. */
    private static final List<String> DATA_DIR_TROUBLE = List.of(
            "AccessDenied", "NotDirectory", "Read-only", "read only", "Permission denied", "Error while creating file");

    private StartupFailure() {}

    static Optional<String> explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof SettingsCheck.InvalidSetting) {
                return Optional.of("Cannot start: " + message);
            }
            if (t instanceof BindException
                    || message.contains("Port already bound")
                    || message.contains("seems to be in use")) {
                return Optional.of(
                        "Cannot start: port " + setting("quarkus.http.port", "8080")
                                + " is already in use. Stop the other process or choose another port with QUARKUS_HTTP_PORT=8081.");
            }
            if (message.contains("implicitly relative")) {
                String dataDir = setting("rights.data-dir", "./data");
                return Optional.of("Cannot start: the data directory " + dataDir
                        + " must be an absolute path or start with ./ (the embedded database refuses other relative"
                        + " paths). Set RIGHTS_DATA_DIR=./" + dataDir + " or an absolute path.");
            }
            if (t instanceof FileSystemException || DATA_DIR_TROUBLE.stream().anyMatch(message::contains)) {
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
