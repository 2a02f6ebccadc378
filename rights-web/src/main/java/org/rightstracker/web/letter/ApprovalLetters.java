package org.rightstracker.web.letter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.rightstracker.core.audit.Actor;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.document.Document;
import org.rightstracker.core.document.DocumentKind;
import org.rightstracker.core.document.DocumentService;
import org.rightstracker.core.letter.LetterKind;
import org.rightstracker.core.licence.LicenceEventKind;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceTimeline;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.TextLimit;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.mail.Outbox;
import org.rightstracker.web.security.AppUser;

/**
 * After approval: the deal memo confirming the agreed terms, and a short-form licence draft (sync or
 * master use, by the licence's side), written from the letter templates as PDFs and attached to the
 * licence, with a record on its timeline.
 */
@ApplicationScoped
public class ApprovalLetters {

    /** Which approval letter: the deal memo or the licence draft. */
    public enum Choice {
        CONFIRMATION,
        DRAFT;

        /** Reads "confirmation" or "draft"; anything else is refused naming the field. */
        public static Choice parse(String field, String text) {
            if (text != null) {
                for (Choice choice : values()) {
                    if (choice.name().equalsIgnoreCase(text.strip())) {
                        return choice;
                    }
                }
            }
            throw new ValidationException(
                    field, "Choose the letter: confirmation (deal memo) or draft (licence draft).");
        }
    }

    @Inject
    LetterTemplates templates;

    @Inject
    LicenceService licences;

    @Inject
    LicenceTimeline timeline;

    @Inject
    DocumentService documents;

    @Inject
    Outbox outbox;

    @Inject
    Actor actor;

    @Transactional
    public Document attach(long itemId, Choice choice) {
        ClearanceItem item = licences.get(itemId);
        if (!item.status.isCommitted() || item.obsolete) {
            throw new ConflictException(
                    item.describe() + " is " + item.status.label().toLowerCase()
                            + ": deal memos and licence drafts are written once the licence is approved.");
        }
        LetterKind kind = choice == Choice.CONFIRMATION
                ? LetterKind.CONFIRMATION
                : item.side == ClearanceSide.MASTER ? LetterKind.MASTER_LICENCE_DRAFT : LetterKind.SYNC_LICENCE_DRAFT;
        AppUser sender = AppUser.findByUsername(actor.name()).orElse(null);
        Letter letter = new Letter(
                LetterFacts.today(),
                actor.displayName(),
                sender == null || sender.email == null ? outbox.from() : sender.email,
                item.party.name,
                item.party.contactName == null ? item.party.name : item.party.contactName,
                item.party.email == null ? "" : item.party.email,
                LetterFacts.production(item.cue.production),
                List.of(LetterFacts.cue(item, null)),
                item.mfn && !item.mfnWaived);
        RenderedLetter rendered = templates.render(kind, letter);
        String fileName = (kind.name() + "-" + item.cue.number + "-" + item.party.name)
                        .replaceAll("[^A-Za-z0-9]+", "-")
                        .toLowerCase(Locale.ROOT)
                + ".pdf";
        Document document = documents.upload(new DocumentService.Upload(
                item.cue.id,
                item.id,
                choice == Choice.CONFIRMATION ? DocumentKind.DEAL_MEMO : DocumentKind.LICENCE_DRAFT,
                fileName,
                "application/pdf",
                LetterFacts.fitting(kind.label() + ": " + rendered.subject(), TextLimit.DOCUMENT_DESCRIPTION),
                new ByteArrayInputStream(rendered.pdf())));
        timeline.recordCorrespondence(item, LicenceEventKind.LETTER, kind.label() + " attached: " + document.fileName);
        return document;
    }
}
