package org.rightstracker.core.licence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Currency;
import java.util.stream.Collectors;
import org.rightstracker.core.audit.Actor;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.clearance.ProductionClearance;
import org.rightstracker.core.clearance.engine.MfnResult;
import org.rightstracker.core.document.Document;
import org.rightstracker.core.document.DocumentKind;
import org.rightstracker.core.document.DocumentService;
import org.rightstracker.core.scope.MediaSet;
import org.rightstracker.core.scope.RightsScope;
import org.rightstracker.core.scope.Term;
import org.rightstracker.core.scope.TerritoryScope;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.Errors;
import org.rightstracker.core.shared.Money;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.NumberLimit;
import org.rightstracker.core.shared.TextLimit;
import org.rightstracker.core.shared.ValidationException;

/**
 * Moves clearance items through the quote/licence workflow (each step a record on the licence's
 * timeline) and records their terms and options.
 */
@ApplicationScoped
public class LicenceService {

    @Inject
    Actor actor;

    @Inject
    DocumentService documents;

    @Inject
    ProductionClearance clearance;

    public ClearanceItem get(long itemId) {
        return ClearanceItem.<ClearanceItem>findByIdOptional(itemId)
                .orElseThrow(() -> NotFoundException.of("Clearance item", itemId));
    }

    /** A signed licence attached with the step that marks the licence executed. */
    public record SignedLicence(String fileName, String contentType, String description, InputStream content) {}

    /**
     * One workflow step. Quoting needs a quoted fee, approving an agreed fee (the quote when none is
     * given), licensing an agreed fee and the full granted scope; any other move than the workflow
     * allows is refused with the moves that are possible. The step becomes a record on the licence's
     * timeline; its note is refused when longer than {@link TextLimit#LICENCE_EVENT_NOTE}, never cut.
     */
    @Transactional
    public ClearanceItem move(long itemId, long version, LicenceStatus target, LicenceStep step) {
        LicenceEvent event = takeStep(itemId, version, target, step);
        event.persist();
        return event.item;
    }

    /**
     * Marks the licence executed and, when given, attaches the signed licence to it: both or neither.
     * A refused file (empty, badly named) rolls the step back with it.
     */
    @Transactional
    public ClearanceItem license(long itemId, long version, LicenceStep step, SignedLicence signed) {
        LicenceEvent event = takeStep(itemId, version, LicenceStatus.LICENSED, step);
        ClearanceItem item = event.item;
        if (signed != null) {
            Document document = documents.upload(new DocumentService.Upload(
                    item.cue.id,
                    item.id,
                    DocumentKind.LICENCE,
                    signed.fileName(),
                    signed.contentType(),
                    signed.description(),
                    signed.content()));
            event.detail = LicenceStepDetail.bounded(event.detail, "Signed licence attached: " + document.fileName);
        }
        event.persist();
        return item;
    }

    /**
     * Checks and takes the step on the item; returns its timeline record, for the caller to complete and
     * save. For a step that carries only a date and a note, every refusal is thrown before the item is
     * changed, so a caller may catch it and go on with other items ({@link BulkSteps} does).
     */
    LicenceEvent takeStep(long itemId, long version, LicenceStatus target, LicenceStep step) {
        ClearanceItem item = get(itemId);
        item.requireVersion(version, item.describe());
        if (item.obsolete) {
            throw new ConflictException(
                    item.describe() + " is obsolete: the party no longer owns a share of this cue.");
        }
        if (!item.status.canMoveTo(target)) {
            String possible = item.status.next().isEmpty()
                    ? "an executed licence is final"
                    : "it can move to "
                            + item.status.next().stream()
                                    .map(LicenceStatus::label)
                                    .collect(Collectors.joining(", "));
            throw new ConflictException(
                    item.describe() + " is " + item.status.label().toLowerCase() + " and cannot become "
                            + target.label().toLowerCase() + "; " + possible + ".");
        }
        Errors errors = new Errors();
        Currency currency = feeCurrency(errors, item, step.currency());
        Money quoted =
                currency == null ? null : errors.parse("quotedFee", step.quotedFee(), t -> Money.of(t, currency));
        Money agreed =
                currency == null ? null : errors.parse("agreedFee", step.agreedFee(), t -> Money.of(t, currency));
        String note = errors.optional(TextLimit.LICENCE_EVENT_NOTE, step.note());
        boolean mfn = item.mfn;
        boolean mfnWaived = item.mfnWaived;
        if (step.mfn() != null || step.mfnWaived() != null) {
            if (target != LicenceStatus.QUOTED) {
                errors.add(
                        step.mfn() != null ? "mfn" : "mfnWaived",
                        "MFN is recorded with a quote; to change it on a "
                                + target.label().toLowerCase() + " step, save it in the terms.");
            }
            mfn = step.mfn() != null ? step.mfn() : item.mfn;
            mfnWaived = step.mfnWaived() != null ? step.mfnWaived() : mfn && item.mfnWaived;
            if (mfnWaived && !mfn) {
                errors.add("mfnWaived", "Only an MFN quote can have its MFN waived.");
            }
        }
        errors.throwIfAny();
        if (quoted != null) {
            item.quotedFee = quoted.amount();
            item.feeCurrency = currency.getCurrencyCode();
        }
        if (agreed != null) {
            item.agreedFee = agreed.amount();
            item.feeCurrency = currency.getCurrencyCode();
        }
        if (step.quoteExpiresOn() != null) {
            item.quoteExpiresOn = step.quoteExpiresOn();
        }
        LocalDate on = step.on() == null ? LocalDate.now() : step.on();
        switch (target) {
            case REQUESTED -> item.requestedOn = on;
            case QUOTED -> {
                if (item.quotedFee == null) {
                    throw new ValidationException("quotedFee", "Record the fee quoted by " + item.party.name + ".");
                }
                item.mfn = mfn;
                item.mfnWaived = mfnWaived;
                item.quotedOn = on;
            }
            case NEGOTIATING -> item.negotiatingOn = on;
            case APPROVED -> {
                if (item.agreedFee == null && item.quotedFee == null) {
                    throw new ValidationException("agreedFee", "Record the fee agreed with " + item.party.name + ".");
                }
                // Agreeing the quote when no other fee is given; checked before it is written, so a refusal
                // leaves a bulk step's other licences free to move.
                Money agreedNow = item.agreedFee != null ? item.agreed() : item.quoted();
                if (!step.acceptCommitted()) {
                    requireAgreedIsCommitted(item, agreedNow);
                }
                item.agreedFee = agreedNow.amount();
                item.approvedOn = on;
            }
            case LICENSED -> {
                if (item.agreedFee == null) {
                    throw new ValidationException(
                            "agreedFee", "Record the agreed fee before marking the licence executed.");
                }
                RightsScope granted = item.granted();
                if (granted == null || !granted.isComplete()) {
                    throw new ValidationException(
                            "media",
                            "Record what the licence grants (media, territories and term) before marking it executed.");
                }
                item.licensedOn = on;
            }
            case DENIED -> item.deniedOn = on;
            case WITHDRAWN -> item.withdrawnOn = on;
            case NOT_REQUESTED -> throw new IllegalStateException("no move leads back to not requested");
        }
        item.status = target;
        LicenceEvent event = LicenceEvent.step(item, on, target, note, actor);
        event.detail = LicenceStepDetail.of(item, target, quoted != null, agreed != null, step.quoteExpiresOn());
        return event;
    }

    /**
     * Records a quote whole, in one transaction: the step (fee, currency, MFN and waiver, expiry) with the
     * scope on offer and the contact. Everything is checked before anything is written; a refusal leaves
     * the licence and its timeline as they were. A scope whose members are all null, or a null contact,
     * keeps what the licence records.
     */
    @Transactional
    public ClearanceItem quote(long itemId, long version, LicenceStep step, QuoteTerms terms) {
        return moveWithTerms(itemId, version, LicenceStatus.QUOTED, step, terms);
    }

    /**
     * As {@link #quote}, for a caller that does not know the step is a quote (the API's transitions):
     * the scope and contact go only with a quote, and are refused at "granted" or "contact" on any other
     * step. Every message of the step and of its terms comes back together.
     */
    @Transactional
    public ClearanceItem moveWithTerms(
            long itemId, long version, LicenceStatus target, LicenceStep step, QuoteTerms terms) {
        ClearanceItem current = get(itemId);
        current.requireVersion(version, current.describe());
        Errors errors = new Errors();
        RightsScope granted = grantedScope(
                errors,
                terms.media(),
                terms.territories(),
                terms.excludedTerritories(),
                terms.termStart(),
                terms.termYears());
        String contact = errors.optional(TextLimit.ITEM_CONTACT, terms.contact());
        boolean scopeGiven = terms.media() != null
                || terms.territories() != null
                || terms.excludedTerritories() != null
                || terms.termStart() != null
                || terms.termYears() != null;
        if (target != LicenceStatus.QUOTED && (scopeGiven || terms.contact() != null)) {
            errors.add(
                    scopeGiven ? "granted" : "contact",
                    "The scope on offer and the contact go with a quote; on a "
                            + target.label().toLowerCase() + " step save them in the terms.");
        }
        LicenceEvent event;
        try {
            event = takeStep(itemId, version, target, step);
        } catch (ValidationException refused) {
            refused.errors().forEach(e -> errors.add(e.field(), e.message()));
            errors.throwIfAny();
            throw refused;
        }
        // Refused after the step was taken: the transaction rolls it back with everything else.
        errors.throwIfAny();
        ClearanceItem item = event.item;
        if (scopeGiven) {
            item.setGranted(granted);
        }
        if (terms.contact() != null) {
            item.contact = contact;
        }
        RightsScope recorded = item.granted();
        if (scopeGiven && recorded != null) {
            event.detail = LicenceStepDetail.bounded(
                    event.detail,
                    "Offered: " + recorded.media().describe() + "; "
                            + recorded.territories().describe() + "; "
                            + (recorded.term() == null
                                    ? "no term"
                                    : recorded.term().describe()));
        }
        event.persist();
        return item;
    }

    /** Records the negotiable terms: fees, MFN, quote expiry, granted scope, contact and notes. */
    @Transactional
    public ClearanceItem updateTerms(long itemId, long version, LicenceTerms terms) {
        ClearanceItem item = get(itemId);
        item.requireVersion(version, item.describe());
        Errors errors = new Errors();
        Currency currency = feeCurrency(errors, item, terms.currency());
        Money quoted =
                currency == null ? null : errors.parse("quotedFee", terms.quotedFee(), t -> Money.of(t, currency));
        Money agreed =
                currency == null ? null : errors.parse("agreedFee", terms.agreedFee(), t -> Money.of(t, currency));
        RightsScope granted = grantedScope(
                errors,
                terms.media(),
                terms.territories(),
                terms.excludedTerritories(),
                terms.termStart(),
                terms.termYears());
        if (terms.mfnWaived() && !terms.mfn()) {
            errors.add("mfnWaived", "Only an MFN quote can have its MFN waived.");
        }
        String contact = errors.optional(TextLimit.ITEM_CONTACT, terms.contact());
        String notes = errors.optional(TextLimit.ITEM_NOTES, terms.notes());
        if (item.status.isCommitted() && agreed == null) {
            errors.add("agreedFee", "An approved or licensed item keeps its agreed fee.");
        }
        errors.throwIfAny();
        item.feeCurrency = currency.getCurrencyCode();
        item.quotedFee = quoted == null ? null : quoted.amount();
        item.agreedFee = agreed == null ? null : agreed.amount();
        item.mfn = terms.mfn();
        item.mfnWaived = terms.mfnWaived();
        item.quoteExpiresOn = terms.quoteExpiresOn();
        item.setGranted(granted);
        item.contact = contact;
        item.notes = notes;
        return item;
    }

    @Transactional
    public LicenceOption addOption(long itemId, long version, OptionInput input) {
        ClearanceItem item = get(itemId);
        item.requireVersion(version, item.describe());
        Errors errors = new Errors();
        String description = errors.required(TextLimit.OPTION_DESCRIPTION, input.description());
        Currency currency = feeCurrency(errors, item, input.currency());
        Money fee = currency == null ? null : errors.parse("fee", input.fee(), t -> Money.of(t, currency));
        errors.throwIfAny();
        LicenceOption option = new LicenceOption();
        option.item = item;
        option.description = description;
        option.fee = fee == null ? null : fee.amount();
        option.currency = currency.getCurrencyCode();
        option.exerciseDeadline = input.exerciseDeadline();
        item.options.add(option);
        // Adding an option changes the licence: bump its version like any other edit.
        ClearanceItem.getEntityManager().lock(item, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return option;
    }

    @Transactional
    public LicenceOption setExercised(long optionId, long version, boolean exercised) {
        LicenceOption option = LicenceOption.<LicenceOption>findByIdOptional(optionId)
                .orElseThrow(() -> NotFoundException.of("Option", optionId));
        option.requireVersion(version, "Option " + option.description);
        if (exercised && option.lapsedOn != null) {
            throw new ConflictException("The option \"" + option.description + "\" lapsed on " + option.lapsedOn
                    + ": its exercise deadline " + option.exerciseDeadline
                    + " passed before it was exercised. Negotiate a new option with the licensor.");
        }
        option.exercised = exercised;
        return option;
    }

    /**
     * Marks every unexercised option whose exercise deadline is before {@code today} as lapsed on that
     * day; the nightly expiry run calls this. Returns how many were marked (each one audited as a change).
     */
    @Transactional
    public int markLapsedOptions(LocalDate today) {
        var due = LicenceOption.<LicenceOption>list(
                "exercised = false and lapsedOn is null and exerciseDeadline < ?1", today);
        for (LicenceOption option : due) {
            option.lapsedOn = today;
        }
        return due.size();
    }

    @Transactional
    public void removeOption(long optionId, long version) {
        LicenceOption option = LicenceOption.<LicenceOption>findByIdOptional(optionId)
                .orElseThrow(() -> NotFoundException.of("Option", optionId));
        option.requireVersion(version, "Option " + option.description);
        option.item.options.remove(option);
    }

    /**
     * The agreed fee and the figure the budget commits (after MFN) must not differ unseen: when MFN would
     * raise the agreed fee, the approval is refused with the figure proposed and why, unless accepted.
     */
    private void requireAgreedIsCommitted(ClearanceItem item, Money agreed) {
        MfnResult figure = clearance.feeIfAgreed(item.cue.id, item.id, agreed);
        if (figure != null && figure.isRaised()) {
            throw new ValidationException(
                    "agreedFee",
                    "Proposed: " + figure.effectiveFee().formatted() + " — the fee "
                            + agreed.formatted() + " raised by MFN ("
                            + figure.uplift().formatted()
                            + ") to match the best fee on this cue, compared at 100%. The budget commits "
                            + figure.effectiveFee().formatted() + ": agree that figure, or confirm approving at "
                            + agreed.formatted() + " with the budget committing "
                            + figure.effectiveFee().formatted() + ".");
        }
    }

    /** The fee currency: as typed, else the item's, else the production's. */
    private static Currency feeCurrency(Errors errors, ClearanceItem item, String typed) {
        String code = typed != null && !typed.isBlank()
                ? typed
                : item.feeCurrency != null ? item.feeCurrency : item.cue.production.currency;
        return errors.parse("currency", code, Money::currencyOf);
    }

    /** The granted scope as typed; messages under media, territories, excludedTerritories, termStart, termYears. */
    private static RightsScope grantedScope(
            Errors errors,
            String mediaText,
            String territoriesText,
            String excludedText,
            LocalDate termStart,
            Integer termYears) {
        MediaSet media = errors.parse("media", mediaText, MediaSet::parse);
        TerritoryScope territories = null;
        // The exclusions are read alone first, so an unknown code is reported at the list that holds it.
        TerritoryScope excluded = errors.parse("excludedTerritories", excludedText, t -> TerritoryScope.parse("", t));
        try {
            territories = TerritoryScope.parse(
                    nullToEmpty(territoriesText), excluded == null ? "" : nullToEmpty(excludedText));
        } catch (IllegalArgumentException e) {
            errors.add("territories", e.getMessage());
        }
        boolean termReadable = true;
        if (termYears != null && termYears < 1) {
            errors.add("termYears", "The term is at least one year; leave it empty for perpetuity.");
            termReadable = false;
        } else if (termYears != null && !NumberLimit.TERM_YEARS.admits(termYears)) {
            errors.whole("termYears", "Term in years", termYears, NumberLimit.TERM_YEARS);
            termReadable = false;
        }
        if (termYears != null && termStart == null) {
            errors.add("termStart", "A term in years needs a start date.");
            termReadable = false;
        }
        if (territories == null || !termReadable) {
            return null;
        }
        Term term = termStart == null
                ? null
                : termYears == null ? Term.perpetuity(termStart) : Term.ofYears(termStart, termYears);
        return new RightsScope(media == null ? MediaSet.of() : media, territories, term);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
