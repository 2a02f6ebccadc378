package org.rightstracker.web.importing;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.rightstracker.core.backup.BackupManifest;
import org.rightstracker.core.backup.BackupService;
import org.rightstracker.core.backup.RestoreRefusedException;
import org.rightstracker.core.files.StoredFiles;
import org.rightstracker.web.schedule.ScheduledBackups;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.Requires;

/** Backup download (every table and stored file in one zip) and restore into an empty instance. */
@Path("/backup")
@Requires(Permission.MANAGE_BACKUP)
public class BackupPage {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(BackupPage.class);

    @Inject
    BackupService backups;

    @Inject
    ScheduledBackups scheduledBackups;

    @Inject
    StoredFiles files;

    @ConfigProperty(name = "rights.data-dir", defaultValue = "./data")
    String dataDir;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(
                Map<String, Long> counts,
                String schemaVersion,
                String message,
                String problem,
                ScheduledBackups.Status scheduled,
                String fileStore);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response index(@RestCookie(ImportPages.FLASH) String flash) {
        String message = flash == null ? null : URLDecoder.decode(flash, StandardCharsets.UTF_8);
        return Response.ok(page(message, null))
                .cookie(new NewCookie.Builder(ImportPages.FLASH)
                        .path("/")
                        .maxAge(0)
                        .value("")
                        .build())
                .build();
    }

    @GET
    @Path("/download")
    @Produces("application/zip")
    public Response download() {
        String name = "rights-tracker-backup-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip";
        StreamingOutput body = out -> backups.write(out, java.nio.file.Path.of(dataDir));
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    @POST
    @Path("/restore")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response restore(@RestForm("file") FileUpload file) {
        if (file == null || file.size() == 0) {
            return refused(400, "Choose a backup archive (.zip) to restore.");
        }
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            BackupManifest manifest = backups.restore(in, java.nio.file.Path.of(dataDir));
            return ImportPages.redirectWithFlash(
                    "/backup",
                    "Restored " + manifest.totalRows() + " rows in "
                            + manifest.tables().size() + " tables and "
                            + manifest.files().size() + " stored file(s) from " + file.fileName() + ".");
        } catch (RestoreRefusedException e) {
            return refused(409, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies the stored files of the data directory into the database store (the move from the directory
     * store to the database store; the command-line way is RIGHTS_FILE_STORE_COPY_AT_START=true).
     */
    @POST
    @Path("/files/copy")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response copyFilesIntoDatabase() {
        if (files.kind() != StoredFiles.Kind.DATABASE) {
            return refused(
                    409,
                    "The file store is the data directory: there is nothing to copy. Set"
                            + " RIGHTS_FILE_STORE=database and restart first.");
        }
        StoredFiles.CopyReport report = files.copyDirectoryIntoDatabase();
        LOG.infof(
                "Copied %d stored file(s) into the database (%d already there, %d damaged)",
                report.copied(), report.alreadyThere(), report.damaged().size());
        return ImportPages.redirectWithFlash(
                "/backup",
                "Copied " + report.copied() + " file(s) into the database; " + report.alreadyThere()
                        + " were already there."
                        + (report.damaged().isEmpty()
                                ? ""
                                : " Not copied, their content no longer matches their name: "
                                        + String.join(", ", report.damaged()) + "."));
    }

    private TemplateInstance page(String message, String problem) {
        return Templates.index(
                backups.rowCounts(),
                backups.schemaVersion(),
                message,
                problem,
                scheduledBackups.status(),
                files.kind() == StoredFiles.Kind.DATABASE ? "database" : "directory");
    }

    private Response refused(int status, String problem) {
        return Response.status(status).entity(page(null, problem)).build();
    }
}
