package org.rightstracker.core.signoff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import org.rightstracker.core.files.ContentHash;
import org.rightstracker.core.files.FileArea;
import org.rightstracker.core.files.StoredFiles;

/**
 * Write-once storage for issued documents (signed-off checklists, issued cue-sheet revisions), each
 * file named by the SHA-256 of its bytes in the configured store ({@link StoredFiles}: under
 * {@code <rights.data-dir>/issued/<first two hex digits>/<sha256>.pdf}, or in the database). Content
 * addressing makes a stored file impossible to replace without its name (and the hash recorded in
 * the database) no longer matching, and reading checks that match every time.
 *
 * <p>Kept beside the sign-offs because they are its first user; cue-sheet revisions use it too.
 */
@ApplicationScoped
public class IssuedFileStore {

    @Inject
    StoredFiles files;

    public static String sha256(byte[] bytes) {
        return ContentHash.of(bytes);
    }

    /** Stores the bytes (once; storing the same bytes again is a no-op) and returns their SHA-256. */
    public String store(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("An issued document cannot be empty");
        }
        String sha = sha256(bytes);
        if (files.contains(FileArea.ISSUED, sha)) {
            // Already there: read it once, so a damaged copy is noticed now rather than at delivery.
            read(sha);
            return sha;
        }
        files.store(FileArea.ISSUED, new ByteArrayInputStream(bytes));
        return sha;
    }

    /**
     * The stored bytes.
     *
     * @throws IllegalStateException when the file is missing or its content no longer matches its hash
     */
    public byte[] read(String sha) {
        ContentHash.requireHex(sha);
        return files.readAll(FileArea.ISSUED, sha);
    }
}
