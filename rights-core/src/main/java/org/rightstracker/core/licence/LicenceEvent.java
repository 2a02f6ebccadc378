package org.rightstracker.core.licence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import org.rightstracker.core.audit.Actor;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.clearance.ClearanceRevisions;
import org.rightstracker.core.shared.BaseEntity;

/**
 * One dated record on a licence's timeline: a workflow step or a follow-up with the licensor, with who
 * recorded it (named as they were then), the day it happened and the user's note. Written once, never
 * edited: the timeline is what happened, the licence's notes stay the user's own text.
 */
@Entity
@EntityListeners(ClearanceRevisions.class)
public class LicenceEvent extends BaseEntity {

    /** The longest note a record keeps; a longer one is refused, never cut. */

    /** The user name of records moved from the notes by migration V7_1, whose author is unknown. */
    public static final String MIGRATED = "migrated";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clearance_item_id")
    public ClearanceItem item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public LicenceEventKind kind;

    /** The day it happened, as the user gave it (today when they gave none). */
    @Column(nullable = false)
    public LocalDate occurredOn;

    /** A step: the status the licence moved to. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public LicenceStatus status;

    /** A follow-up: how the contact happened. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public FollowUpChannel channel;

    /** A follow-up: when to chase the licensor next. */
    public LocalDate nextFollowUpOn;

    @Column(length = 4000)
    public String note;

    /** What the step recorded besides the status, in words ("quoted USD 5,000.00, MFN"); written by us. */
    @Column(length = 1000)
    public String detail;

    @Column(nullable = false, length = 60)
    public String username;

    @Column(length = 200)
    public String displayName;

    static LicenceEvent step(ClearanceItem item, LocalDate on, LicenceStatus status, String note, Actor actor) {
        LicenceEvent event = by(actor, item, LicenceEventKind.STEP, on, note);
        event.status = status;
        return event;
    }

    static LicenceEvent followUp(ClearanceItem item, FollowUpInput input, LocalDate on, String note, Actor actor) {
        LicenceEvent event = by(actor, item, LicenceEventKind.FOLLOW_UP, on, note);
        event.channel = input.channel();
        event.nextFollowUpOn = input.nextFollowUpOn();
        return event;
    }

    static LicenceEvent correspondence(
            ClearanceItem item, LicenceEventKind kind, LocalDate on, String detail, Actor actor) {
        LicenceEvent event = by(actor, item, kind, on, null);
        event.detail = LicenceStepDetail.bounded(null, detail);
        return event;
    }

    static LicenceEvent amendment(ClearanceItem item, LocalDate on, String what, Actor actor) {
        LicenceEvent event = by(actor, item, LicenceEventKind.AMENDMENT, on, null);
        event.status = item.status;
        event.detail = what;
        return event;
    }

    private static LicenceEvent by(Actor actor, ClearanceItem item, LicenceEventKind kind, LocalDate on, String note) {
        LicenceEvent event = new LicenceEvent();
        event.item = item;
        event.kind = kind;
        event.occurredOn = on;
        event.note = note;
        event.username = cut(actor.name(), 60);
        String display = actor.displayName();
        event.displayName = display == null || display.equals(actor.name()) ? null : cut(display, 200);
        return event;
    }

    /** Who recorded it, as people read it. */
    public String who() {
        if (MIGRATED.equals(username)) {
            return "Moved from the notes (author unknown)";
        }
        return displayName == null ? username : displayName;
    }

    /** What happened, in words: "Quoted", "Follow-up by phone". */
    public String what() {
        return switch (kind) {
            case STEP -> status == null ? kind.label() : status.label();
            case FOLLOW_UP ->
                channel == null
                        ? "Follow-up"
                        : "Follow-up by " + channel.label().toLowerCase();
            case EMAIL, LETTER -> kind.label();
            case AMENDMENT -> kind.label();
        };
    }

    public boolean isMigrated() {
        return MIGRATED.equals(username);
    }

    // Names are bounded by the user accounts' own columns; this only guards against an actor from elsewhere.
    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
