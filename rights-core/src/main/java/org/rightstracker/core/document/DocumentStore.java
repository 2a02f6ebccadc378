package org.rightstracker.core.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.Optional;
import org.rightstracker.core.files.FileArea;
import org.rightstracker.core.files.StoredFiles;

/**
 * The bytes of attached documents, named by their SHA-256 in the configured store ({@link StoredFiles}:
 * {@code <rights.data-dir>/documents/<first two hex digits>/<sha256>}, or the database). Content
 * addressing means the same licence uploaded twice is stored once and a file can be checked against
 * the hash its database row records.
 */
@ApplicationScoped
public class DocumentStore {

    @Inject
    StoredFiles files;

    /** What storing a stream produced: the content's hash and its length. */
    public record Stored(String sha256, long sizeBytes) {}

    /**
     * Copies the stream into the store and returns its hash and size. Storing bytes the store already
     * has keeps the existing file.
     */
    public Stored store(InputStream content) {
        StoredFiles.Stored stored = files.store(FileArea.DOCUMENTS, content);
        return new Stored(stored.sha256(), stored.sizeBytes());
    }

    /** The stored content, checked against its hash as it is read; empty when the file is missing. */
    public Optional<InputStream> open(String sha256) {
        return files.open(FileArea.DOCUMENTS, sha256);
    }

    public boolean contains(String sha256) {
        return files.contains(FileArea.DOCUMENTS, sha256);
    }

    /** Removes the file; nothing happens when it is already gone. */
    public void delete(String sha256) {
        files.delete(FileArea.DOCUMENTS, sha256);
    }

    /** Whether {@link #delete} joins the caller's transaction (database store) or must wait for its commit. */
    boolean deletesWithTransaction() {
        return files.deletesWithTransaction();
    }
}
