package org.rightstracker.core.importing.cwr;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.rightstracker.core.importing.KnownIdentifiers;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyInput;
import org.rightstracker.core.party.PartyService;
import org.rightstracker.core.recording.MasterShare;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.recording.RecordingInput;
import org.rightstracker.core.recording.RecordingService;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WorkInput;
import org.rightstracker.core.work.WorkRegistration;
import org.rightstracker.core.work.WorkService;

/**
 * Imports CWR 2.1/2.2 registrations: {@link #preview} says what would change and reports every problem
 * without writing anything; {@link #commit} writes it all through the services in one transaction, or
 * nothing. Matching makes a second import of the same file change nothing.
 */
@ApplicationScoped
public class CwrImport {

    /** Works created or updated between two flushes of the commit (see {@link #startAfresh}). */
    private static final int WORKS_PER_FLUSH = 100;

    /** Files read lately: a preview and then its commit read the text once. */
    private final RecentlyParsed files = new RecentlyParsed(2);

    @Inject
    PartyService parties;

    @Inject
    WorkService works;

    @Inject
    RecordingService recordings;

    @Inject
    EntityManager entityManager;

    /** Reads the file and matches it against the catalogue; changes nothing. */
    @Transactional
    public CwrPreview preview(String fileName, String text) {
        CwrDocument document = files.parse(text);
        return readingOnly(() -> CwrPlanner.plan(fileName, document));
    }

    /**
     * Runs the planning reads with the session neither flushing before each query nor keeping a snapshot
     * of what it loads: matching a 10,000-work file loads the catalogue's copy of every work (shares,
     * titles, registrations), and each of its bulk queries would otherwise dirty-check all of it again, as
     * would the end of the transaction. Nothing is written while planning, so there is nothing to flush.
     */
    private <T> T readingOnly(Supplier<T> reads) {
        Session session = entityManager.unwrap(Session.class);
        FlushMode flushMode = session.getHibernateFlushMode();
        boolean readOnly = session.isDefaultReadOnly();
        session.flush();
        session.setHibernateFlushMode(FlushMode.MANUAL);
        session.setDefaultReadOnly(true);
        try {
            return reads.get();
        } finally {
            session.setHibernateFlushMode(flushMode);
            session.setDefaultReadOnly(readOnly);
        }
    }

    /**
     * Imports the file, planning it afresh (the catalogue may have changed since the preview).
     *
     * @throws ValidationException when the file has errors; nothing is written then
     */
    @Transactional
    public CwrImportResult commit(String fileName, String text) {
        CwrPreview preview = preview(fileName, text);
        if (preview.errorCount() > 0) {
            throw new ValidationException(
                    "file",
                    fileName + " has " + preview.errorCount()
                            + " error(s); nothing was imported. Correct the file and upload it again.");
        }
        KnownIdentifiers known = readingOnly(() -> KnownIdentifiers.load(
                preview.works().stream().map(WorkPlan::iswc).toList(),
                preview.works().stream()
                        .flatMap(w -> w.recordings().stream())
                        .map(RecordingPlan::isrc)
                        .toList()));
        // What planning loaded is read-only and would ignore changes: the writes load what they change
        // afresh (by the ids in the plan), and only what they load is checked when the transaction ends.
        entityManager.clear();
        Map<String, Long> partyIds = new HashMap<>();
        for (PartyPlan plan : preview.parties()) {
            partyIds.put(plan.key(), writeParty(plan));
        }
        long recordingsCreated = 0;
        long recordingsUpdated = 0;
        int worksWritten = 0;
        for (WorkPlan plan : preview.works()) {
            if (plan.action() != PlannedAction.UNCHANGED) {
                if (worksWritten > 0 && worksWritten % WORKS_PER_FLUSH == 0) {
                    startAfresh();
                }
                worksWritten++;
            }
            long workId = writeWork(plan, partyIds, known);
            for (RecordingPlan rec : plan.recordings()) {
                Recording written = null;
                if (rec.action() == PlannedAction.CREATE) {
                    written = recordings.create(
                            recordingInput(rec, null, workId), known::recordingWithIsrc, r -> withAlbum(r, rec));
                    recordingsCreated++;
                } else if (rec.action() == PlannedAction.UPDATE) {
                    Recording found = recordings.get(rec.existingId());
                    written = withAlbum(
                            recordings.update(
                                    found.id,
                                    found.version,
                                    recordingInput(rec, found, workId),
                                    known::recordingWithIsrc),
                            rec);
                    recordingsUpdated++;
                }
                if (written != null) {
                    known.saved(written);
                }
            }
        }
        return new CwrImportResult(
                fileName,
                preview.parties(PlannedAction.CREATE),
                preview.parties(PlannedAction.UPDATE),
                preview.works(PlannedAction.CREATE),
                preview.works(PlannedAction.UPDATE),
                preview.works(PlannedAction.UNCHANGED),
                recordingsCreated,
                recordingsUpdated);
    }

    /**
     * Writes what the last works changed and lets go of everything but the parties. Matched works are
     * saved without a flush of their own ({@link WorkService#updateUnflushed}), since every flush
     * dirty-checks the whole session; this flush writes a slice of them at once, and letting go of them
     * keeps the next slice's flush small. The file's parties stay, since every work refers to them: reading
     * them again after each slice cost more than a tenth of a 10,000-work import.
     */
    private void startAfresh() {
        entityManager.flush();
        PersistenceContext context =
                entityManager.unwrap(SharedSessionContractImplementor.class).getPersistenceContextInternal();
        for (Map.Entry<Object, EntityEntry> entry : context.reentrantSafeEntityEntries()) {
            Object entity = entry.getKey();
            if (!(entity instanceof Party) && entityManager.contains(entity)) {
                entityManager.detach(entity);
            }
        }
    }

    // The first release's album is only completed, like the rest of a matched recording.
    private static Recording withAlbum(Recording recording, RecordingPlan plan) {
        recording.albumTitle = plan.albumTitle();
        recording.catalogueNumber = plan.catalogueNumber();
        return recording;
    }

    private long writeParty(PartyPlan plan) {
        Party written = switch (plan.action()) {
            case CREATE ->
                parties.create(
                        new PartyInput(
                                plan.name(),
                                plan.kind(),
                                plan.roles(),
                                plan.society(),
                                plan.ipi(),
                                null,
                                null,
                                null,
                                null,
                                null),
                        party -> party.mrSociety = plan.mrSociety());
            case UPDATE -> {
                Party found = parties.get(plan.existingId());
                yield parties.update(
                        found.id,
                        found.version,
                        new PartyInput(
                                found.name,
                                found.kind,
                                EnumSet.copyOf(plan.roles()),
                                plan.society(),
                                plan.ipi(),
                                found.isni,
                                found.contactName,
                                found.email,
                                found.phone,
                                found.notes));
            }
            default -> null;
        };
        if (written == null) {
            return plan.existingId();
        }
        // The plan only ever fills a missing mechanical society (see CwrPlanner).
        written.mrSociety = plan.mrSociety();
        return written.id;
    }

    private long writeWork(WorkPlan plan, Map<String, Long> partyIds, KnownIdentifiers known) {
        if (plan.action() == PlannedAction.UNCHANGED) {
            return plan.existingId();
        }
        List<WorkInput.Writer> writers = new ArrayList<>();
        for (WorkPlan.Writer w : plan.writers()) {
            writers.add(new WorkInput.Writer(
                    partyIds.get(w.partyKey()),
                    w.share().value().toPlainString(),
                    w.designation(),
                    w.society(),
                    w.workForHire()));
        }
        List<WorkInput.Publisher> publishers = new ArrayList<>();
        for (WorkPlan.Publisher p : plan.publishers()) {
            publishers.add(new WorkInput.Publisher(
                    partyIds.get(p.partyKey()), p.share().value().toPlainString(), p.role(), p.society()));
        }
        Work written;
        if (plan.action() == PlannedAction.CREATE) {
            written = works.create(
                    new WorkInput(plan.title(), plan.iswc(), false, plan.alternateTitles(), null, writers, publishers),
                    withPartyIds(plan, partyIds),
                    known::workWithIswc);
        } else {
            Work found = works.get(plan.existingId());
            written = works.updateUnflushed(
                    found.id,
                    found.version,
                    new WorkInput(
                            found.title,
                            plan.iswc(),
                            found.publicDomain,
                            plan.alternateTitles(),
                            found.notes,
                            writers,
                            publishers),
                    known::workWithIswc);
            works.recordRegistration(written, withPartyIds(plan, partyIds));
        }
        known.saved(written);
        return written.id;
    }

    private static WorkRegistration withPartyIds(WorkPlan plan, Map<String, Long> partyIds) {
        WorkRegistration r = plan.registration();
        List<WorkRegistration.Owner> owners = new ArrayList<>();
        for (int i = 0; i < r.owners().size(); i++) {
            WorkRegistration.Owner o = r.owners().get(i);
            owners.add(new WorkRegistration.Owner(
                    partyIds.get(plan.ownerKeys().get(i)), o.kind(), o.pr(), o.mr(), o.sr()));
        }
        return new WorkRegistration(
                r.submitterWorkNumber(),
                r.languageCode(),
                r.versionType(),
                r.copyrightDate(),
                r.durationSeconds(),
                r.originProductionTitle(),
                r.originProductionYear(),
                r.titles(),
                owners,
                r.territories());
    }

    private static RecordingInput recordingInput(RecordingPlan plan, Recording found, long workId) {
        String labelNote = plan.label() == null ? null : "First released on the label " + plan.label() + ".";
        List<RecordingInput.Owner> owners = new ArrayList<>();
        if (found != null) {
            for (MasterShare owner : found.owners) {
                owners.add(new RecordingInput.Owner(owner.party.id, owner.share.toPlainString()));
            }
        }
        return new RecordingInput(
                plan.title(),
                plan.artist(),
                plan.isrc(),
                plan.releaseYear(),
                plan.durationSeconds() == null ? null : plan.durationSeconds() + "s",
                found != null && found.work != null ? found.work.id : workId,
                found != null && found.notes != null ? found.notes : labelNote,
                owners);
    }
}
