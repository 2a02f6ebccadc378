package org.rightstracker.core.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.shared.Errors;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.TextLimit;
import org.rightstracker.core.shared.ValidationException;

/** Attaches files to cues and their licences, lists, opens and removes them. */
@ApplicationScoped
public class DocumentService {

    /** What a user uploads: the file as the browser named it, and what it is. */
    public record Upload(
            long cueId,
            Long itemId,
            DocumentKind kind,
            String fileName,
            String contentType,
            String description,
            InputStream content) {}

    @Inject
    DocumentStore store;

    @Inject
    TransactionSynchronizationRegistry transactions;

    public Document get(long id) {
        return Document.<Document>findByIdOptional(id).orElseThrow(() -> NotFoundException.of("Document", id));
    }

    /** The documents of a cue and of its licences, newest first, with the licence each belongs to. */
    public List<Document> forCue(long cueId) {
        return Document.find(
                        "select d from Document d left join fetch d.item i left join fetch i.party"
                                + " where d.cue.id = ?1 order by d.createdAt desc, d.id desc",
                        cueId)
                .list();
    }

    @Transactional
    public Document upload(Upload upload) {
        Cue cue = Cue.<Cue>findByIdOptional(upload.cueId())
                .orElseThrow(() -> NotFoundException.of("Cue", upload.cueId()));
        Errors errors = new Errors();
        String fileName = errors.required(TextLimit.DOCUMENT_FILE_NAME, baseName(upload.fileName()));
        String description = errors.optional(TextLimit.DOCUMENT_DESCRIPTION, upload.description());
        ClearanceItem item = null;
        if (upload.itemId() != null) {
            item = ClearanceItem.findById(upload.itemId());
            if (item == null || !Objects.equals(item.cue.id, cue.id)) {
                errors.add("itemId", "Choose one of this cue's licences, or none.");
            }
        }
        if (upload.content() == null) {
            errors.add("file", "Choose a file to upload.");
        }
        errors.throwIfAny();
        DocumentStore.Stored stored = store.store(upload.content());
        if (stored.sizeBytes() == 0) {
            if (Document.count("sha256", stored.sha256()) == 0) {
                store.delete(stored.sha256());
            }
            throw new ValidationException("file", "The file " + fileName + " is empty.");
        }
        Document document = new Document();
        document.production = cue.production;
        document.cue = cue;
        document.item = item;
        document.kind = upload.kind() == null ? DocumentKind.OTHER : upload.kind();
        document.fileName = fileName;
        document.contentType = contentType(upload.contentType());
        document.sizeBytes = stored.sizeBytes();
        document.sha256 = stored.sha256();
        document.description = description;
        document.persist();
        return document;
    }

    /**
     * The document's bytes, checked against its hash as they are read; 404 when the file has gone
     * missing from the store.
     */
    public InputStream content(Document document) {
        return store.open(document.sha256)
                .orElseThrow(() -> new NotFoundException("The file of " + document.fileName
                        + " is missing from the document store; restore it from a backup."));
    }

    @Transactional
    public Document delete(long id, long version) {
        Document document = get(id);
        document.requireVersion(version, "Document " + document.fileName);
        String sha = document.sha256;
        boolean shared = Document.count("sha256 = ?1 and id <> ?2", sha, document.id) > 0;
        document.delete();
        if (!shared && store.deletesWithTransaction()) {
            // The database store's rows go (or stay) with the transaction.
            store.delete(sha);
        } else if (!shared) {
            // Only once the row is gone for good: a rolled-back delete must still find its file.
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        store.delete(sha);
                    }
                }
            });
        }
        return document;
    }

    /** Browsers on some systems send the whole client path ("C:\\fakepath\\licence.pdf"); keep the name. */
    public static String baseName(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).strip();
    }

    private static String contentType(String typed) {
        if (typed == null || typed.isBlank() || !TextLimit.DOCUMENT_CONTENT_TYPE.fits(typed.strip())) {
            return "application/octet-stream";
        }
        return typed.strip();
    }
}
