package org.rightstracker.core.audit;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.licence.LicenceOption;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.recording.MasterShare;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.scope.MediaSet;
import org.rightstracker.core.work.PublisherShare;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WriterShare;

/**
 * How each audited entity is named in history: its subject in words, the context it belongs to
 * (production, cue, item, work, recording) and how its values are shown.
 */
record AuditedEntity(
        String type,
        long id,
        String subject,
        String rowValue,
        String currency,
        Long productionId,
        Long cueId,
        Long itemId,
        Long workId,
        Long recordingId) {

    static boolean isAudited(Object entity) {
        return entity instanceof Production
                || entity instanceof Cue
                || entity instanceof ClearanceItem
                || entity instanceof LicenceOption
                || entity instanceof Work
                || entity instanceof WriterShare
                || entity instanceof PublisherShare
                || entity instanceof Recording
                || entity instanceof MasterShare;
    }

    static AuditedEntity of(Object entity) {
        if (entity instanceof Production p) {
            return new AuditedEntity(
                    "Production",
                    p.id,
                    "production " + p.displayTitle(),
                    null,
                    p.currency,
                    p.id,
                    null,
                    null,
                    null,
                    null);
        }
        if (entity instanceof Cue c) {
            return new AuditedEntity(
                    "Cue",
                    c.id,
                    "cue " + c.number + " \"" + c.title + "\"",
                    null,
                    null,
                    c.production.id,
                    c.id,
                    null,
                    null,
                    null);
        }
        if (entity instanceof ClearanceItem i) {
            return new AuditedEntity(
                    "ClearanceItem",
                    i.id,
                    i.describe() + " on cue " + i.cue.number,
                    null,
                    i.feeCurrency,
                    i.cue.production.id,
                    i.cue.id,
                    i.id,
                    null,
                    null);
        }
        if (entity instanceof LicenceOption o) {
            ClearanceItem i = o.item;
            return new AuditedEntity(
                    "LicenceOption",
                    o.id,
                    "option \"" + o.description + "\" of " + i.describe() + " on cue " + i.cue.number,
                    null,
                    o.currency,
                    i.cue.production.id,
                    i.cue.id,
                    i.id,
                    null,
                    null);
        }
        if (entity instanceof Work w) {
            return new AuditedEntity(
                    "Work", w.id, "work \"" + w.title + "\"", null, null, null, null, null, w.id, null);
        }
        if (entity instanceof WriterShare s) {
            return new AuditedEntity(
                    "WriterShare",
                    s.id,
                    "writer " + s.party.name + " of \"" + s.work.title + "\"",
                    s.share() + " " + s.designation,
                    null,
                    null,
                    null,
                    null,
                    s.work.id,
                    null);
        }
        if (entity instanceof PublisherShare s) {
            return new AuditedEntity(
                    "PublisherShare",
                    s.id,
                    "publisher " + s.party.name + " of \"" + s.work.title + "\"",
                    s.share().toString(),
                    null,
                    null,
                    null,
                    null,
                    s.work.id,
                    null);
        }
        if (entity instanceof Recording r) {
            return new AuditedEntity(
                    "Recording", r.id, "recording \"" + r.title + "\"", null, null, null, null, null, null, r.id);
        }
        if (entity instanceof MasterShare s) {
            return new AuditedEntity(
                    "MasterShare",
                    s.id,
                    "master owner " + s.party.name + " of \"" + s.recording.title + "\"",
                    s.share().toString(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    s.recording.id);
        }
        throw new IllegalArgumentException("not audited: " + entity.getClass().getName());
    }

    /** "agreedFee" becomes "agreed fee". */
    static String label(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** A value as a user reads it: fees with their currency, media by label, parties by name. */
    String shown(String field, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal amount) {
            boolean money = field.toLowerCase(Locale.ROOT).contains("fee") || field.equals("budgetAmount");
            String number = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
            return money && currency != null ? currency + " " + number : number;
        }
        if (value instanceof MediaSet media) {
            return media.describe();
        }
        if (value instanceof Enum<?> constant) {
            return labelOf(constant);
        }
        return value.toString();
    }

    private static String labelOf(Enum<?> constant) {
        try {
            Method label = constant.getDeclaringClass().getMethod("label");
            return String.valueOf(label.invoke(constant));
        } catch (ReflectiveOperationException noLabel) {
            return constant.name();
        }
    }
}
