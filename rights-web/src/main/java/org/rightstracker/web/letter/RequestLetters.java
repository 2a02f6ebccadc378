package org.rightstracker.web.letter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.rightstracker.core.audit.Actor;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.cue.CueNumberOrder;
import org.rightstracker.core.document.DocumentKind;
import org.rightstracker.core.document.DocumentService;
import org.rightstracker.core.letter.LetterKind;
import org.rightstracker.core.licence.LicenceEventKind;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.licence.LicenceTimeline;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.Errors;
import org.rightstracker.core.shared.Money;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.TextLimit;
import org.rightstracker.web.mail.Outbox;
import org.rightstracker.web.mail.OutgoingMail;
import org.rightstracker.web.security.AppUser;

/**
 * One request letter per licensor and production, covering every open request the licensor has on it
 * (not requested or requested, not obsolete). Sending e-mails it and, in one transaction, marks the
 * not-yet-requested licences requested (each version checked) and records the e-mail on every licence's
 * timeline with a copy of the message attached to the licence; a refused send writes nothing. Without a
 * mail server the letter is produced as a PDF or an .eml file for sending by hand ("letter produced"),
 * and the user confirms the sending afterwards.
 */
@ApplicationScoped
public class RequestLetters {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\",;]+@[^@\\s<>\",;]+\\.[^@\\s<>\",;]+");

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

    /** The supervisor's optional fee offer for one licence, and the version they saw it at. */
    public record Offer(long itemId, Long version, String feeOffer) {}

    /** What the supervisor chose: the licensor, recipient (null: the licence or party contact), MFN, offers. */
    public record Request(Long partyId, String recipient, boolean mfn, List<Offer> offers) {}

    /** The letter ready to show, send or download, with the licences it covers (by cue number). */
    public record Draft(
            Production production,
            Party party,
            List<ClearanceItem> items,
            Map<Long, String> feeOffers,
            String recipient,
            RenderedLetter letter) {

        public OutgoingMail mail() {
            return new OutgoingMail(recipient, letter.subject(), letter.text(), letter.html());
        }

        String fileBase() {
            return ("request-" + production.displayTitle() + "-" + party.name)
                    .replaceAll("[^A-Za-z0-9]+", "-")
                    .replaceAll("(^-|-$)", "")
                    .toLowerCase();
        }
    }

    /** What happened: to whom, the subject, whether it was e-mailed, and which licences moved or got a record. */
    public record Outcome(String to, String subject, boolean sent, List<Long> markedRequested, List<Long> recorded) {}

    /** A produced letter to hand to the user. */
    public record Produced(String fileName, String contentType, byte[] content) {}

    public enum Format {
        PDF,
        EML
    }

    /** The letter as it would go, for the preview; checks everything except the versions. */
    @Transactional
    public Draft draft(long productionId, Request request) {
        return prepare(productionId, request, false);
    }

    /**
     * E-mails the letter, marks the not-yet-requested licences requested today and records the e-mail on
     * every licence's timeline with the message attached. The mail goes last: if the server refuses it,
     * the transaction rolls back and nothing is marked or recorded.
     */
    @Transactional
    public Outcome send(long productionId, Request request) {
        Draft draft = prepare(productionId, request, true);
        if (!outbox.configured()) {
            throw new org.rightstracker.core.shared.ValidationException(
                    "send",
                    "No mail server is configured (RIGHTS_SMTP_HOST): produce the letter and send it yourself.");
        }
        OutgoingMail mail = draft.mail();
        String copy = outbox.eml(mail);
        List<Long> marked = markRequested(draft, request);
        List<Long> recorded = new ArrayList<>();
        for (ClearanceItem item : draft.items()) {
            String file = attach(
                    item,
                    draft.fileBase() + ".eml",
                    "message/rfc822",
                    copy.getBytes(StandardCharsets.UTF_8),
                    "E-mail to " + draft.recipient() + ": " + mail.subject());
            timeline.recordCorrespondence(
                    item,
                    LicenceEventKind.EMAIL,
                    "To " + draft.recipient() + " · " + mail.subject() + " · copy: " + file);
            recorded.add(item.id);
        }
        outbox.send("letter", mail);
        return new Outcome(draft.recipient(), mail.subject(), true, marked, recorded);
    }

    /** The letter as a PDF or .eml for sending by hand; "letter produced" is recorded on each licence. */
    @Transactional
    public Produced produce(long productionId, Request request, Format format) {
        Draft draft = prepare(productionId, request, format == Format.EML);
        Produced produced = format == Format.PDF
                ? new Produced(
                        draft.fileBase() + ".pdf",
                        "application/pdf",
                        draft.letter().pdf())
                : new Produced(
                        draft.fileBase() + ".eml",
                        "message/rfc822",
                        outbox.eml(draft.mail()).getBytes(StandardCharsets.UTF_8));
        for (ClearanceItem item : draft.items()) {
            attach(
                    item,
                    produced.fileName(),
                    produced.contentType(),
                    produced.content(),
                    "Request letter produced: " + draft.letter().subject());
            timeline.recordCorrespondence(
                    item,
                    LicenceEventKind.LETTER,
                    "Letter produced (" + format.name() + ")"
                            + (draft.recipient() == null ? "" : " for " + draft.recipient()) + " · "
                            + draft.letter().subject());
        }
        return produced;
    }

    /** The user sent the letter themselves: the not-yet-requested licences become requested today. */
    @Transactional
    public Outcome confirmSent(long productionId, Request request) {
        Draft draft = prepare(productionId, request, false);
        List<Long> marked = markRequested(draft, request);
        List<Long> recorded = new ArrayList<>();
        for (ClearanceItem item : draft.items()) {
            timeline.recordCorrespondence(
                    item,
                    LicenceEventKind.LETTER,
                    "Letter sent by hand" + (draft.recipient() == null ? "" : " to " + draft.recipient()) + " · "
                            + draft.letter().subject());
            recorded.add(item.id);
        }
        return new Outcome(draft.recipient(), draft.letter().subject(), false, marked, recorded);
    }

    /** The licensor's open requests on the production, by cue number. */
    public List<ClearanceItem> openRequests(long productionId, long partyId) {
        List<ClearanceItem> items = ClearanceItem.<ClearanceItem>list(
                "select i from ClearanceItem i join fetch i.cue c join fetch i.party"
                        + " where c.production.id = ?1 and i.party.id = ?2 and i.obsolete = false and c.active = true"
                        + " and i.status in ?3",
                productionId,
                partyId,
                List.of(LicenceStatus.NOT_REQUESTED, LicenceStatus.REQUESTED));
        items.sort(Comparator.comparing((ClearanceItem i) -> i.cue.number, CueNumberOrder.INSTANCE)
                .thenComparing(i -> i.side));
        return items;
    }

    private Draft prepare(long productionId, Request request, boolean recipientRequired) {
        Production production = Production.<Production>findByIdOptional(productionId)
                .orElseThrow(() -> NotFoundException.of("Production", productionId));
        Errors errors = new Errors();
        Party party = null;
        List<ClearanceItem> items = List.of();
        if (request.partyId() == null) {
            errors.add("party", "Choose the licensor to write to.");
        } else {
            party = Party.findById(request.partyId());
            items = party == null ? List.of() : openRequests(productionId, party.id);
            if (party == null) {
                errors.add("party", "There is no licensor " + request.partyId() + ".");
            } else if (items.isEmpty()) {
                errors.add("party", party.name + " has no open requests on " + production.displayTitle() + ".");
            }
        }
        Map<Long, String> feeOffers = new LinkedHashMap<>();
        Map<Long, Money> offers = new LinkedHashMap<>();
        List<Offer> given = request.offers() == null ? List.of() : request.offers();
        for (int i = 0; i < given.size(); i++) {
            Offer offer = given.get(i);
            String field = "items[" + i + "].feeOffer";
            boolean known = items.stream().anyMatch(item -> item.id == offer.itemId());
            if (!known) {
                errors.add(
                        "items[" + i + "].id",
                        "Licence " + offer.itemId() + " is not an open request of "
                                + (party == null ? "the licensor" : party.name) + " on " + production.displayTitle()
                                + ".");
            }
            // Read even for an unknown licence, so that every problem of the request is named at once.
            if (offer.feeOffer() != null && !offer.feeOffer().isBlank()) {
                Money fee = errors.parse(field, offer.feeOffer(), t -> Money.of(t, production.currency()));
                if (fee != null && known) {
                    offers.put(offer.itemId(), fee);
                    feeOffers.put(offer.itemId(), offer.feeOffer().strip());
                }
            }
        }
        String recipient = request.recipient() == null || request.recipient().isBlank()
                ? null
                : request.recipient().strip();
        if (recipient != null) {
            if (!TextLimit.PARTY_EMAIL.fits(recipient)) {
                errors.add(
                        "recipient",
                        TextLimit.PARTY_EMAIL.tooLong(recipient.length()).replace("E-mail", "Recipient"));
            } else if (!EMAIL.matcher(recipient).matches()) {
                errors.add("recipient", "Recipient \"" + shortened(recipient) + "\" is not an e-mail address.");
            }
        } else if (party != null && !items.isEmpty()) {
            recipient = defaultRecipient(party, items);
            if (recipient == null && recipientRequired) {
                errors.add("recipient", "Give the licensor's e-mail address: " + party.name + " has none on file.");
            }
        }
        errors.throwIfAny();
        List<Letter.Cue> cues = new ArrayList<>();
        for (ClearanceItem item : items) {
            cues.add(LetterFacts.cue(item, offers.get(item.id)));
        }
        AppUser sender = AppUser.findByUsername(actor.name()).orElse(null);
        Letter letter = new Letter(
                LetterFacts.today(),
                actor.displayName(),
                sender == null || sender.email == null ? outbox.from() : sender.email,
                party.name,
                party.contactName == null ? party.name : party.contactName,
                recipient == null ? "" : recipient,
                LetterFacts.production(production),
                cues,
                request.mfn());
        return new Draft(production, party, items, feeOffers, recipient, templates.render(LetterKind.REQUEST, letter));
    }

    /** The licence's own contact when it is an e-mail address, else the party's e-mail. */
    public static String defaultRecipient(Party party, List<ClearanceItem> items) {
        for (ClearanceItem item : items) {
            if (item.contact != null && EMAIL.matcher(item.contact.strip()).matches()) {
                return item.contact.strip();
            }
        }
        return party.email == null || party.email.isBlank() ? null : party.email.strip();
    }

    private List<Long> markRequested(Draft draft, Request request) {
        Errors errors = new Errors();
        Map<Long, Long> versions = new LinkedHashMap<>();
        List<Offer> given = request.offers() == null ? List.of() : request.offers();
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i).version() != null) {
                versions.put(given.get(i).itemId(), given.get(i).version());
            }
        }
        for (ClearanceItem item : draft.items()) {
            if (item.status == LicenceStatus.NOT_REQUESTED && !versions.containsKey(item.id)) {
                errors.add(
                        "items",
                        "The version of " + item.describe() + " (cue " + item.cue.number
                                + ") is missing; open the letter again.");
            }
        }
        errors.throwIfAny();
        List<Long> marked = new ArrayList<>();
        for (ClearanceItem item : draft.items()) {
            if (item.status == LicenceStatus.NOT_REQUESTED) {
                licences.move(item.id, versions.get(item.id), LicenceStatus.REQUESTED, LicenceStep.on(null));
                marked.add(item.id);
            }
        }
        return marked;
    }

    private String attach(ClearanceItem item, String fileName, String contentType, byte[] content, String description) {
        return documents.upload(new DocumentService.Upload(
                        item.cue.id,
                        item.id,
                        DocumentKind.CORRESPONDENCE,
                        fileName,
                        contentType,
                        LetterFacts.fitting(description, TextLimit.DOCUMENT_DESCRIPTION),
                        new ByteArrayInputStream(content)))
                .fileName;
    }

    private static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }
}
