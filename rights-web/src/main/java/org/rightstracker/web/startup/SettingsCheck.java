package org.rightstracker.web.startup;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.rightstracker.reports.render.Paper;

/**
 * Settings read only when they are first used (the report paper) are read once at start, so that a typo
 * stops the server with one line instead of failing the first PDF someone asks for.
 */
@ApplicationScoped
public class SettingsCheck {

    /** A setting with a value the server cannot use; {@link StartupFailure} prints its message as is. */
    public static final class InvalidSetting extends RuntimeException {
        InvalidSetting(String message) {
            super(message);
        }
    }

    void onStart(@Observes StartupEvent event) {
        try {
            Paper.standard();
        } catch (IllegalStateException e) {
            throw new InvalidSetting(e.getMessage() + ".");
        }
    }
}
