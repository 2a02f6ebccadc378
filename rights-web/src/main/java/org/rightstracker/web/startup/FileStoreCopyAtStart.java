package org.rightstracker.web.startup;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.rightstracker.core.files.StoredFiles;

/**
 * The command-line way to move stored files from the data directory into the database store: start
 * once with {@code RIGHTS_FILE_STORE=database RIGHTS_FILE_STORE_COPY_AT_START=true} on the old data
 * directory. The backup page offers the same copy to an administrator.
 */
@ApplicationScoped
public class FileStoreCopyAtStart {

    private static final Logger LOG = Logger.getLogger(FileStoreCopyAtStart.class);

    @Inject
    StoredFiles files;

    void copy(
            @Observes StartupEvent start,
            @ConfigProperty(name = "rights.file-store.copy-at-start", defaultValue = "false") boolean copy) {
        if (!copy) {
            return;
        }
        if (files.kind() != StoredFiles.Kind.DATABASE) {
            LOG.warn("rights.file-store.copy-at-start is set but the file store is the directory: nothing to copy."
                    + " Set RIGHTS_FILE_STORE=database as well.");
            return;
        }
        StoredFiles.CopyReport report = files.copyDirectoryIntoDatabase();
        LOG.infof(
                "Copied %d stored file(s) from the data directory into the database (%d already there)%s",
                report.copied(),
                report.alreadyThere(),
                report.damaged().isEmpty() ? "" : "; damaged, not copied: " + String.join(", ", report.damaged()));
    }
}
