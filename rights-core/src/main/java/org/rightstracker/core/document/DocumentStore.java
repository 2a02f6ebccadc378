package org.rightstracker.core.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bytes of attached documents, as files named by their SHA-256 under
 * {@code <rights.data-dir>/documents/<first two hex digits>/<sha256>}. Content addressing means the same
 * licence uploaded twice is stored once, a backup copies plain files, and a file can be checked against
 * the hash its database row records.
 */
@ApplicationScoped
public class DocumentStore {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    public DocumentStore(@ConfigProperty(name = "rights.data-dir", defaultValue = "./data") String dataDir) {
        this.root = Path.of(dataDir).resolve("documents");
    }

    /** What storing a stream produced: the content's hash and its length. */
    public record Stored(String sha256, long sizeBytes) {}

    /** Where the files live, for backups. */
    public Path root() {
        return root;
    }

    /**
     * Copies the stream into the store and returns its hash and size. Storing bytes the store already
     * has keeps the existing file.
     */
    public Stored store(InputStream content) {
        try {
            Files.createDirectories(root);
            // Written to a temporary file first: the name is only known once every byte has been hashed,
            // and a crash must never leave a half file under a name that claims to be complete.
            Path partial = Files.createTempFile(root, "upload", ".partial");
            try {
                MessageDigest digest = sha256();
                long size;
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), digest)) {
                    size = content.transferTo(out);
                }
                String sha = HexFormat.of().formatHex(digest.digest());
                Path target = pathOf(sha);
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    moveInPlace(partial, target);
                }
                return new Stored(sha, size);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the document under " + root.toAbsolutePath(), e);
        }
    }

    private static void moveInPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            // Another upload of the same bytes won the race: its file is the same content.
            if (!Files.exists(target)) {
                throw e;
            }
        }
    }

    /** The stored file, if present. */
    public Optional<Path> find(String sha256) {
        Path path = pathOf(sha256);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    public boolean contains(String sha256) {
        return find(sha256).isPresent();
    }

    /** Removes the file; nothing happens when it is already gone. */
    public void delete(String sha256) {
        try {
            Files.deleteIfExists(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete document " + sha256, e);
        }
    }

    Path pathOf(String sha256) {
        // The hash becomes a path: anything but 64 lower-case hex digits could climb out of the store.
        if (sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 in hex: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
