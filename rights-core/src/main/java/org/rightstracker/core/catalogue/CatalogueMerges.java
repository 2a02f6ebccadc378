package org.rightstracker.core.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rightstracker.core.audit.Actor;
import org.rightstracker.core.audit.AuditAction;
import org.rightstracker.core.audit.AuditEntry;
import org.rightstracker.core.clearance.ClearanceItemSync;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyService;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.recording.RecordingService;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.SearchKey;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WorkService;

/**
 * Merges a duplicate party, work or recording into the record to keep: every reference to the
 * duplicate (every foreign key the migrations declare to its table) moves to the kept record, the kept
 * record takes the identifiers and alternate titles it lacked, the duplicate is deleted, and a
 * {@link CatalogueMerge} row plus an audit entry name both. One transaction: all or nothing. Both
 * versions are checked, and the kept record's version rises so that a form opened before the merge
 * conflicts instead of overwriting it.
 */
@ApplicationScoped
public class CatalogueMerges {

    @Inject
    EntityManager em;

    @Inject
    Actor actor;

    @Inject
    PartyService parties;

    @Inject
    WorkService works;

    @Inject
    RecordingService recordings;

    @Inject
    ClearanceItemSync clearanceItemSync;

    @Transactional
    public CatalogueMerge mergeParties(long mergedId, long mergedVersion, long keptId, long keptVersion) {
        requireTwo(mergedId, keptId);
        Party merged = parties.get(mergedId);
        Party kept = parties.get(keptId);
        merged.requireVersion(mergedVersion, "Party " + merged.name);
        kept.requireVersion(keptVersion, "Party " + kept.name);
        if (merged.ipiNameNumber != null && kept.ipiNameNumber != null) {
            throw new ValidationException(
                    "keptId",
                    merged.name + " (IPI " + merged.ipiNameNumber + ") and " + kept.name + " (IPI " + kept.ipiNameNumber
                            + ") have different IPI name numbers: they are two parties.");
        }
        refuseShared(
                "select w.work.title from WriterShare w where w.party.id = ?1 and w.work in"
                        + " (select o.work from WriterShare o where o.party.id = ?2)",
                merged,
                kept,
                "are both writers of");
        refuseShared(
                "select p.work.title from PublisherShare p where p.party.id = ?1 and p.work in"
                        + " (select o.work from PublisherShare o where o.party.id = ?2)",
                merged,
                kept,
                "are both publishers of");
        refuseShared(
                "select m.recording.title from MasterShare m where m.party.id = ?1 and m.recording in"
                        + " (select o.recording from MasterShare o where o.party.id = ?2)",
                merged,
                kept,
                "both own the master of");
        refuseShared(
                "select i.cue.number from ClearanceItem i where i.party.id = ?1 and exists (select o from"
                        + " ClearanceItem o where o.party.id = ?2 and o.cue = i.cue and o.side = i.side"
                        + " and o.amendmentNo = i.amendmentNo)",
                merged,
                kept,
                "both hold a licence on cue");
        Map<String, Integer> moved = new LinkedHashMap<>();
        move(moved, "writer share", "update WriterShare set party = ?2 where party = ?1", merged, kept);
        move(moved, "publisher share", "update PublisherShare set party = ?2 where party = ?1", merged, kept);
        move(moved, "master share", "update MasterShare set party = ?2 where party = ?1", merged, kept);
        move(moved, "licence", "update ClearanceItem set party = ?2 where party = ?1", merged, kept);
        move(moved, "production (studio)", "update Production set studio = ?2 where studio = ?1", merged, kept);
        moveRows(moved, "series (studio)", "update series set studio_id = ?2 where studio_id = ?1", mergedId, keptId);
        moveRows(
                moved,
                "album (label)",
                "update album set label_party_id = ?2 where label_party_id = ?1",
                mergedId,
                keptId);
        moveRows(moved, "album right", "update album_right set party_id = ?2 where party_id = ?1", mergedId, keptId);
        moveRows(
                moved,
                "registered share",
                "update work_right_ownership set party_id = ?2 where party_id = ?1",
                mergedId,
                keptId);
        String mergedName = merged.name;
        String ipi = kept.ipiNameNumber == null ? merged.ipiNameNumber : kept.ipiNameNumber;
        String isni = kept.isni == null ? merged.isni : kept.isni;
        kept.roles.addAll(merged.roles);
        kept.society = firstOf(kept.society, merged.society);
        kept.contactName = firstOf(kept.contactName, merged.contactName);
        kept.email = firstOf(kept.email, merged.email);
        kept.phone = firstOf(kept.phone, merged.phone);
        merged.delete();
        em.flush();
        // The identifiers are unique: the duplicate must be gone before the kept party takes them.
        kept.ipiNameNumber = ipi;
        kept.isni = isni;
        kept.updatedAt = Instant.now();
        em.lock(kept, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return record(CatalogueKind.PARTY, mergedId, mergedName, kept.id, kept.name, moved, null, null);
    }

    @Transactional
    public CatalogueMerge mergeWorks(long mergedId, long mergedVersion, long keptId, long keptVersion) {
        requireTwo(mergedId, keptId);
        Work merged = works.get(mergedId);
        Work kept = works.get(keptId);
        merged.requireVersion(mergedVersion, "Work " + merged.title);
        kept.requireVersion(keptVersion, "Work " + kept.title);
        if (merged.iswc != null && kept.iswc != null) {
            throw new ValidationException(
                    "keptId",
                    "Work " + merged.identified() + " and work " + kept.identified()
                            + " have different ISWCs: they are two works.");
        }
        Map<String, Integer> moved = new LinkedHashMap<>();
        move(moved, "recording", "update Recording set work = ?2 where work = ?1", merged, kept);
        move(moved, "cue", "update Cue set work = ?2 where work = ?1", merged, kept);
        moveRows(
                moved,
                "society acknowledgement",
                "update cwr_acknowledgement set work_id = ?2 where work_id = ?1",
                mergedId,
                keptId);
        // A registration (CWR details) is one whole: the kept work keeps its own, else takes the duplicate's.
        for (String table : List.of("work_right_ownership", "work_collection_territory", "work_title_detail")) {
            moveRows(
                    moved,
                    "registration row",
                    "update " + table + " set work_id = ?2 where work_id = ?1 and not exists (select 1 from " + table
                            + " k where k.work_id = ?2)",
                    mergedId,
                    keptId);
        }
        moveHistory("work_id", mergedId, keptId);
        List<String> titles = new ArrayList<>(kept.alternateTitles);
        for (String title : withTitle(merged.title, merged.alternateTitles)) {
            String key = SearchKey.of(title);
            if (!key.equals(kept.titleKey)
                    && titles.stream().noneMatch(t -> SearchKey.of(t).equals(key))) {
                titles.add(title);
            }
        }
        String mergedName = merged.identified();
        String iswc = kept.iswc == null ? merged.iswc : kept.iswc;
        merged.delete();
        em.flush();
        kept.iswc = iswc;
        kept.alternateTitles.clear();
        kept.alternateTitles.addAll(titles);
        kept.updatedAt = Instant.now();
        em.lock(kept, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        em.refresh(kept);
        clearanceItemSync.refreshCuesOfWork(kept);
        return record(CatalogueKind.WORK, mergedId, mergedName, kept.id, kept.identified(), moved, kept.id, null);
    }

    @Transactional
    public CatalogueMerge mergeRecordings(long mergedId, long mergedVersion, long keptId, long keptVersion) {
        requireTwo(mergedId, keptId);
        Recording merged = recordings.get(mergedId);
        Recording kept = recordings.get(keptId);
        merged.requireVersion(mergedVersion, "Recording " + merged.title);
        kept.requireVersion(keptVersion, "Recording " + kept.title);
        if (merged.isrc != null && kept.isrc != null) {
            throw new ValidationException(
                    "keptId",
                    merged + " (ISRC " + merged.isrc + ") and " + kept + " (ISRC " + kept.isrc
                            + ") have different ISRCs: they are two recordings.");
        }
        if (merged.work != null && kept.work != null && !Objects.equals(merged.work.id, kept.work.id)) {
            throw new ValidationException(
                    "keptId",
                    merged + " is a recording of " + merged.work.identified() + ", " + kept + " of "
                            + kept.work.identified() + ": merge the works first, or correct one recording.");
        }
        Map<String, Integer> moved = new LinkedHashMap<>();
        move(moved, "cue", "update Cue set recording = ?2 where recording = ?1", merged, kept);
        moveRows(
                moved,
                "album track",
                "update album_track set recording_id = ?2 where recording_id = ?1",
                mergedId,
                keptId);
        moveRows(
                moved,
                "remembered EDL clip",
                "update edl_clip_alias set recording_id = ?2 where recording_id = ?1",
                mergedId,
                keptId);
        moveHistory("recording_id", mergedId, keptId);
        String mergedName = merged.toString();
        String isrc = kept.isrc == null ? merged.isrc : kept.isrc;
        if (kept.work == null) {
            kept.work = merged.work;
        }
        kept.artist = firstOf(kept.artist, merged.artist);
        kept.releaseYear = kept.releaseYear == null ? merged.releaseYear : kept.releaseYear;
        kept.durationSeconds = kept.durationSeconds == null ? merged.durationSeconds : kept.durationSeconds;
        merged.delete();
        em.flush();
        kept.isrc = isrc;
        kept.updatedAt = Instant.now();
        em.lock(kept, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        clearanceItemSync.refreshCuesOfRecording(kept);
        return record(CatalogueKind.RECORDING, mergedId, mergedName, kept.id, kept.toString(), moved, null, kept.id);
    }

    private static void requireTwo(long mergedId, long keptId) {
        if (mergedId == keptId) {
            throw new ValidationException("keptId", "A record cannot be merged into itself; choose the one to keep.");
        }
    }

    private void refuseShared(String query, Party merged, Party kept, String what) {
        List<String> shared = em.createQuery(query, String.class)
                .setParameter(1, merged.id)
                .setParameter(2, kept.id)
                .setMaxResults(3)
                .getResultList();
        if (!shared.isEmpty()) {
            throw new ConflictException(merged.name + " and " + kept.name + " " + what + " "
                    + String.join(
                            ", ", shared.stream().map(s -> "\"" + s + "\"").toList())
                    + "; combine those rows into one first, then merge.");
        }
    }

    private void move(Map<String, Integer> moved, String what, String update, Object merged, Object kept) {
        count(moved, what, em.createQuery(update), merged, kept);
    }

    /** The same for tables no entity of this module maps as a reference (later features' tables). */
    private void moveRows(Map<String, Integer> moved, String what, String update, long mergedId, long keptId) {
        count(moved, what, em.createNativeQuery(update), mergedId, keptId);
    }

    /** Runs an update naming the merged record as ?1 and the kept one as ?2; notes how many rows moved. */
    private static void count(Map<String, Integer> moved, String what, Query update, Object merged, Object kept) {
        int count = update.setParameter(1, merged).setParameter(2, kept).executeUpdate();
        if (count > 0) {
            moved.merge(what, count, Integer::sum);
        }
    }

    // The kept record's history page then shows the duplicate's past too.
    private void moveHistory(String column, long mergedId, long keptId) {
        em.createNativeQuery("update audit_entry set " + column + " = ?2 where " + column + " = ?1")
                .setParameter(1, mergedId)
                .setParameter(2, keptId)
                .executeUpdate();
    }

    private static List<String> withTitle(String title, List<String> alternates) {
        List<String> all = new ArrayList<>();
        all.add(title);
        all.addAll(alternates);
        return all;
    }

    private static String firstOf(String kept, String merged) {
        return kept != null && !kept.isBlank() ? kept : merged;
    }

    private CatalogueMerge record(
            CatalogueKind kind,
            long mergedId,
            String mergedName,
            long keptId,
            String keptName,
            Map<String, Integer> moved,
            Long workId,
            Long recordingId) {
        CatalogueMerge merge = new CatalogueMerge();
        merge.kind = kind;
        merge.mergedId = mergedId;
        merge.mergedName = cut(mergedName, 300);
        merge.keptId = keptId;
        merge.keptName = cut(keptName, 300);
        merge.username = cut(actor.name(), 60);
        List<String> words = moved.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey() + (e.getValue() == 1 ? "" : "s"))
                .toList();
        merge.moved = cut(words.isEmpty() ? "nothing" : String.join(", ", words), 1000);
        merge.movedRows = java.util.Collections.unmodifiableMap(moved);
        merge.persist();
        AuditEntry entry = new AuditEntry();
        entry.changedAt = Instant.now();
        entry.username = merge.username;
        entry.action = AuditAction.CHANGED;
        entry.entityType = capitalised(kind.noun());
        entry.entityId = keptId;
        entry.subject = cut(kind.noun() + " " + keptName, 300);
        entry.field = "merged";
        entry.oldValue = cut(mergedName + " (no. " + mergedId + ")", 1000);
        entry.newValue = cut("merged into " + keptName + "; moved " + merge.moved, 1000);
        entry.workId = workId;
        entry.recordingId = recordingId;
        entry.persist();
        return merge;
    }

    private static String capitalised(String noun) {
        return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
