package org.rightstracker.web.importing;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Uploads waiting between their preview and their commit, kept on disk in a private temporary folder
 * for an hour. The commit plans the same bytes again, so what the user confirmed is what is written.
 */
@ApplicationScoped
public class PendingUploads {

    static final Duration KEEP = Duration.ofHours(1);

    public record Upload(String token, String kind, String fileName, Long productionId, Path path, Instant at) {

        byte[] bytes() {
            try {
                return Files.readAllBytes(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();
    private Path folder;

    public Upload keep(String kind, String fileName, Long productionId, byte[] bytes) {
        forgetExpired();
        String token = UUID.randomUUID().toString();
        try {
            Path file = Files.createTempFile(folder(), "upload-", ".bin");
            Files.write(file, bytes);
            Upload upload = new Upload(token, kind, fileName, productionId, file, Instant.now());
            uploads.put(token, upload);
            return upload;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the upload for its preview", e);
        }
    }

    public Optional<Upload> find(String token, String kind) {
        Upload upload = uploads.get(token);
        if (upload == null
                || !upload.kind().equals(kind)
                || upload.at().plus(KEEP).isBefore(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(upload);
    }

    public void forget(String token) {
        Upload upload = uploads.remove(token);
        if (upload != null) {
            try {
                Files.deleteIfExists(upload.path());
            } catch (IOException ignored) {
                // A leftover temporary file is harmless; the folder is the system's temporary folder.
            }
        }
    }

    private void forgetExpired() {
        Instant limit = Instant.now().minus(KEEP);
        uploads.values().stream()
                .filter(u -> u.at().isBefore(limit))
                .map(Upload::token)
                .toList()
                .forEach(this::forget);
    }

    private synchronized Path folder() throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("rights-imports-");
        }
        return folder;
    }
}
