package org.rightstracker.core.clearance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rightstracker.core.clearance.engine.Holder;
import org.rightstracker.core.clearance.engine.RequiredItem;
import org.rightstracker.core.clearance.engine.RequiredItems;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.work.Work;

/**
 * Keeps each cue's clearance items in step with who owns its music. A new holder gets a
 * NOT_REQUESTED item; a holder who left keeps their item, marked obsolete, when it has any history
 * (a request, a fee, an option, a note, a follow-up) and loses it otherwise. An amended licence's
 * amendments share its shares and obsolete flag. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class ClearanceItemSync {

    @Inject
    EntityManager entityManager;

    public void refresh(Cue cue) {
        Work work = cue.work;
        Recording recording = cue.recording;
        List<RequiredItem> required = RequiredItems.derive(
                cue.origin,
                work != null && work.publicDomain,
                cue.production.studioOwnsScore,
                work == null
                        ? List.of()
                        : work.writers.stream()
                                .map(w -> new Holder(w.party.id, w.party.name, w.share()))
                                .toList(),
                work == null
                        ? List.of()
                        : work.publishers.stream()
                                .map(p -> new Holder(p.party.id, p.party.name, p.share()))
                                .toList(),
                recording == null
                        ? List.of()
                        : recording.owners.stream()
                                .map(o -> new Holder(o.party.id, o.party.name, o.share()))
                                .toList());

        // Ownership is matched to each chain's original; its amendments follow it below, never made or removed here.
        List<ClearanceItem> unmatched =
                new ArrayList<>(cue.items.stream().filter(i -> !i.isAmendment()).toList());
        for (RequiredItem need : required) {
            ClearanceItem item = unmatched.stream()
                    .filter(i -> Objects.equals(i.party.id, need.partyId()) && i.side == need.side())
                    .findFirst()
                    .orElse(null);
            if (item == null) {
                item = new ClearanceItem();
                item.cue = cue;
                item.party = entityManager.getReference(Party.class, need.partyId());
                item.side = need.side();
                cue.items.add(item);
            } else {
                unmatched.remove(item);
            }
            item.syncShare = need.syncShare() == null ? null : need.syncShare().value();
            item.masterShare =
                    need.masterShare() == null ? null : need.masterShare().value();
            item.obsolete = false;
        }
        for (ClearanceItem gone : unmatched) {
            if (hasHistory(gone)) {
                gone.obsolete = true;
            } else {
                cue.items.remove(gone);
            }
        }
        for (ClearanceItem amendment : cue.items) {
            if (amendment.isAmendment()) {
                cue.items.stream()
                        .filter(i -> !i.isAmendment()
                                && Objects.equals(i.party.id, amendment.party.id)
                                && i.side == amendment.side)
                        .findFirst()
                        .ifPresent(original -> {
                            amendment.syncShare = original.syncShare;
                            amendment.masterShare = original.masterShare;
                            amendment.obsolete = original.obsolete;
                        });
            }
        }
    }

    public void refreshCuesOfWork(Work work) {
        // Which cues use the work does not depend on unsaved changes: no flush (a dirty-check of the whole
        // session) before this query, which an import runs for every matched work.
        entityManager
                .createQuery("select c from Cue c where c.work = :w", Cue.class)
                .setParameter("w", work)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList()
                .forEach(this::refresh);
    }

    public void refreshCuesOfRecording(Recording recording) {
        entityManager
                .createQuery("select c from Cue c where c.recording = :r", Cue.class)
                .setParameter("r", recording)
                .getResultList()
                .forEach(this::refresh);
    }

    public void refreshCuesOfProduction(Production production) {
        production.cues.forEach(this::refresh);
    }

    private boolean hasHistory(ClearanceItem item) {
        return item.status != LicenceStatus.NOT_REQUESTED
                || item.quotedFee != null
                || item.agreedFee != null
                || !item.options.isEmpty()
                || item.notes != null
                || hasTimeline(item);
    }

    /**
     * A follow-up logged before any request is history too. One query, only for a departed holder's item
     * that shows no other history; it does not flush, so it never writes the sync's half-made changes early.
     */
    private boolean hasTimeline(ClearanceItem item) {
        return item.id != null
                && entityManager
                                .createQuery("select count(e) from LicenceEvent e where e.item.id = :id", Long.class)
                                .setParameter("id", item.id)
                                .setFlushMode(FlushModeType.COMMIT)
                                .getSingleResult()
                        > 0;
    }
}
