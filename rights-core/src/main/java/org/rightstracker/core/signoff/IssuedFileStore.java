package org.rightstracker.core.signoff;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Write-once storage for issued documents (signed-off checklists, issued cue-sheet revisions) under
 * the data directory, each file named by the SHA-256 of its bytes. Content addressing makes a stored
 * file impossible to replace without its name (and the hash recorded in the database) no longer
 * matching, and reading checks that match every time.
 *
 * <p>Kept beside the sign-offs because they are its first user; cue-sheet revisions use it too. Files
 * live in {@code <rights.data-dir>/issued/<first two hex digits>/<sha256>.pdf}.
 */
@ApplicationScoped
public class IssuedFileStore {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    public IssuedFileStore(@ConfigProperty(name = "rights.data-dir", defaultValue = "./data") String dataDir) {
        this.root = Path.of(dataDir).resolve("issued");
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Stores the bytes (once; storing the same bytes again is a no-op) and returns their SHA-256. */
    public String store(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("An issued document cannot be empty");
        }
        String sha = sha256(bytes);
        Path target = pathOf(sha);
        if (Files.exists(target)) {
            read(sha);
            return sha;
        }
        try {
            Files.createDirectories(target.getParent());
            // Written beside the target and moved in one step, so a crash never leaves a half file
            // under a name that claims to be complete.
            Path partial = Files.createTempFile(target.getParent(), sha, ".partial");
            Files.write(partial, bytes);
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                Files.deleteIfExists(partial);
                if (!Files.exists(target)) {
                    throw e;
                }
            }
            target.toFile().setReadOnly();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the issued document in " + root.toAbsolutePath(), e);
        }
        return sha;
    }

    /**
     * The stored bytes.
     *
     * @throws IllegalStateException when the file is missing or its content no longer matches its hash
     */
    public byte[] read(String sha) {
        if (sha == null || !SHA256_HEX.matcher(sha).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 in lower-case hex: " + sha);
        }
        Path path = pathOf(sha);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "The issued document " + sha + " is missing from " + path.toAbsolutePath(), e);
        }
        if (!sha256(bytes).equals(sha)) {
            throw new IllegalStateException("The issued document " + path.toAbsolutePath()
                    + " was altered: its content no longer matches its SHA-256.");
        }
        return bytes;
    }

    private Path pathOf(String sha) {
        return root.resolve(sha.substring(0, 2)).resolve(sha + ".pdf");
    }
}
