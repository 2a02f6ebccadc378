package org.rightstracker.core.licence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rightstracker.core.audit.Actor;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.Errors;
import org.rightstracker.core.shared.InChunks;
import org.rightstracker.core.shared.TextLimit;

/**
 * A licence's timeline: the dated records of its steps (written by {@link LicenceService}) and of the
 * follow-ups with its licensor (logged here), newest first.
 */
@ApplicationScoped
public class LicenceTimeline {

    /** Newest first: by the day it happened, then by the order it was recorded in. */
    private static final String NEWEST_FIRST = " order by e.occurredOn desc, e.id desc";

    @Inject
    LicenceService licences;

    @Inject
    Actor actor;

    /**
     * Logs a contact with the licensor. It changes nothing on the licence itself, so it needs no
     * version: two people logging follow-ups at once both keep theirs.
     */
    @Transactional
    public LicenceEvent logFollowUp(long itemId, FollowUpInput input) {
        ClearanceItem item = licences.get(itemId);
        if (item.obsolete) {
            throw new ConflictException(
                    item.describe() + " is obsolete: the party no longer owns a share of this cue.");
        }
        Errors errors = new Errors();
        LocalDate on = input.on() == null ? LocalDate.now() : input.on();
        if (input.channel() == null) {
            errors.add("channel", "Choose how you followed up: e-mail, phone, meeting or other.");
        }
        String note = errors.optional(TextLimit.LICENCE_EVENT_NOTE, input.note());
        if (input.nextFollowUpOn() != null && !input.nextFollowUpOn().isAfter(on)) {
            errors.add(
                    "nextFollowUpOn",
                    "The next follow-up comes after this one (" + on + "); leave it empty when none is planned.");
        }
        errors.throwIfAny();
        LicenceEvent event = LicenceEvent.followUp(item, input, on, note, actor);
        event.persist();
        return event;
    }

    /**
     * Records a letter or e-mail about the licence, today, in the caller's transaction (the letter's
     * steps and its copy belong to the same unit of work). The detail is written by the application.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public LicenceEvent recordCorrespondence(ClearanceItem item, LicenceEventKind kind, String detail) {
        LicenceEvent event = LicenceEvent.correspondence(item, kind, LocalDate.now(), detail, actor);
        event.persist();
        return event;
    }

    /** One page of a licence's timeline, newest first. */
    public List<LicenceEvent> page(long itemId, int page, int size) {
        return LicenceEvent.<LicenceEvent>find(
                        "select e from LicenceEvent e where e.item.id = ?1" + NEWEST_FIRST, itemId)
                .page(page, size)
                .list();
    }

    public long count(long itemId) {
        return LicenceEvent.count("item.id", itemId);
    }

    /** The timelines of several licences (a cue's), newest first, in one statement per thousand licences. */
    public Map<Long, List<LicenceEvent>> forItems(Collection<Long> itemIds) {
        List<LicenceEvent> events = InChunks.list(
                itemIds,
                chunk -> LicenceEvent.<LicenceEvent>find(
                                "select e from LicenceEvent e where e.item.id in ?1" + NEWEST_FIRST, chunk)
                        .list());
        return events.stream().collect(Collectors.groupingBy(e -> e.item.id, LinkedHashMap::new, Collectors.toList()));
    }
}
