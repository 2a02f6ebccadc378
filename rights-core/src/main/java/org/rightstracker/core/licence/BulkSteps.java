package org.rightstracker.core.licence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.document.Document;
import org.rightstracker.core.document.DocumentKind;
import org.rightstracker.core.document.DocumentService;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.Errors;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.TextLimit;
import org.rightstracker.core.shared.ValidationException;

/**
 * One workflow step for many licences at once ("request all", bulk approve, bulk mark licensed), in one
 * transaction. Each licence is checked as a single step would be (its version, its status, obsolete);
 * a licence that cannot move is left exactly as it was and reported with the reason, and the others move,
 * each with its own record on its timeline. Only the request itself (an empty list, a missing version, an
 * unknown licence, a step that needs per-licence figures) is refused as a whole.
 */
@ApplicationScoped
public class BulkSteps {

    @Inject
    LicenceService licences;

    @Inject
    DocumentService documents;

    /** A licence and the version the user saw it at. */
    public record Entry(Long itemId, Long version) {}

    /**
     * A signed licence attached to every licence marked executed: read from a file once per licence,
     * so each licence keeps its own copy of the document.
     */
    public record SignedCopy(String fileName, String contentType, String description, Path file) {}

    /** What happened to one licence: moved when {@code reason} is null. */
    public record Outcome(long itemId, Long cueId, String cueNumber, String licence, LicenceStatus was, String reason) {

        public boolean moved() {
            return reason == null;
        }
    }

    /** The licences that moved to {@code target} and those that did not, each in the order asked. */
    public record Result(LicenceStatus target, List<Outcome> moved, List<Outcome> notMoved) {}

    /**
     * Moves each listed licence to {@code target}, dated {@code on} (today when null) with the same note.
     * {@code acceptCommitted}: the caller showed, for each approval, the figure the budget commits after
     * MFN; without it an approval MFN would raise is not moved (reported with the figure proposed).
     * {@code mayEdit} says which licences the caller may change; any other licence is refused exactly as
     * one that does not exist (the whole request, naming the entry), so a refusal reveals nothing. Quotes
     * are not taken in bulk: each has its own fee.
     */
    @Transactional
    public Result move(
            List<Entry> entries,
            LicenceStatus target,
            LocalDate on,
            String note,
            SignedCopy signed,
            boolean acceptCommitted,
            Predicate<ClearanceItem> mayEdit) {
        Errors errors = new Errors();
        if (target == null) {
            errors.add(
                    "status",
                    "Name the step to take: requested, approved, licensed, negotiating, denied or withdrawn.");
        } else if (target == LicenceStatus.QUOTED) {
            errors.add("status", "Quotes are not taken in bulk: each has its own fee; record it on the licence.");
        } else if (target == LicenceStatus.NOT_REQUESTED) {
            errors.add("status", "No step leads back to not requested.");
        }
        if (signed != null && target != LicenceStatus.LICENSED) {
            errors.add("file", "A signed licence is attached only when marking licences licensed.");
        }
        String checkedNote = errors.optional(TextLimit.LICENCE_EVENT_NOTE, note);
        if (entries == null || entries.isEmpty()) {
            errors.add("items", "Choose at least one licence.");
        } else {
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                if (entry == null) {
                    errors.add("items[" + i + "]", "Name a licence and its version.");
                    continue;
                }
                if (entry.itemId() == null) {
                    errors.add("items[" + i + "].itemId", "Name the licence.");
                } else if (!seen.add(entry.itemId())) {
                    errors.add("items[" + i + "].itemId", "Licence " + entry.itemId() + " is listed twice.");
                }
                if (entry.version() == null) {
                    errors.add(
                            "items[" + i + "].version",
                            "Send the version you read, so a licence changed since is not moved blindly.");
                } else if (entry.version() < 0) {
                    errors.add("items[" + i + "].version", "A version is never negative; send the one you read.");
                }
            }
        }
        errors.throwIfAny();
        // A licence that does not exist and one the caller may not change are refused alike, naming the entry,
        // so that the answer never reveals another team's licence.
        Map<Long, ClearanceItem> items = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Long id = entries.get(i).itemId();
            ClearanceItem item = ClearanceItem.findById(id);
            if (item == null || !mayEdit.test(item)) {
                errors.add("items[" + i + "].itemId", "There is no licence " + id + ".");
            } else {
                items.put(id, item);
            }
        }
        errors.throwIfAny();

        LicenceStep step = new LicenceStep(on, null, null, null, null, checkedNote, null, null, acceptCommitted);
        List<Outcome> moved = new ArrayList<>();
        List<Outcome> notMoved = new ArrayList<>();
        for (Entry entry : entries) {
            ClearanceItem item = items.get(entry.itemId());
            LicenceStatus was = item.status;
            String refusal = refusal(item, entry.version(), target);
            LicenceEvent event = null;
            if (refusal == null) {
                try {
                    event = licences.takeStep(item.id, item.version, target, step);
                } catch (ValidationException e) {
                    refusal = e.errors().stream().map(FieldError::message).collect(Collectors.joining(" "));
                } catch (ConflictException e) {
                    refusal = e.getMessage();
                }
            }
            Outcome outcome = new Outcome(item.id, item.cue.id, item.cue.number, item.describe(), was, refusal);
            if (event == null) {
                notMoved.add(outcome);
                continue;
            }
            if (signed != null) {
                // The file is the same for every licence: a refusal (bad name, empty) refuses the whole request.
                Document document = attach(item, signed);
                event.detail = LicenceStepDetail.bounded(event.detail, "Signed licence attached: " + document.fileName);
            }
            event.persist();
            moved.add(outcome);
        }
        return new Result(target, moved, notMoved);
    }

    /** Why the item cannot take the step, in words for the result list; null when it may try. */
    private static String refusal(ClearanceItem item, long version, LicenceStatus target) {
        if (item.version != version) {
            return "Changed by someone else since you chose it; open it to see the change.";
        }
        if (item.obsolete) {
            return "Obsolete: the party no longer owns a share of this cue.";
        }
        if (!item.status.canMoveTo(target)) {
            return "It is " + item.status.label().toLowerCase() + ", and cannot become "
                    + target.label().toLowerCase() + ".";
        }
        return null;
    }

    private Document attach(ClearanceItem item, SignedCopy signed) {
        try (InputStream content = Files.newInputStream(signed.file())) {
            return documents.upload(new DocumentService.Upload(
                    item.cue.id,
                    item.id,
                    DocumentKind.LICENCE,
                    signed.fileName(),
                    signed.contentType(),
                    signed.description(),
                    content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
