package org.rightstracker.web.startup;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the server, and turns the start-up failures a newcomer meets most (port taken, data
 * directory not writable, database unreachable) into one line that says what to do.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        Quarkus.run(
                null,
                (exitCode, failure) -> {
                    if (failure != null) {
                        // Logging is already shut down when the exit handler runs: write to stderr.
                        StartupFailure.explain(failure)
                                .ifPresentOrElse(explanation -> System.err.println("ERROR " + explanation), () -> {
                                    System.err.println("ERROR Rights Tracker failed to start:");
                                    failure.printStackTrace();
                                });
                    }
                    System.exit(exitCode == 0 && failure != null ? 1 : exitCode);
                },
                args);
    }
}
