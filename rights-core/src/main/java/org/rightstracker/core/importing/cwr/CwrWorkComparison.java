package org.rightstracker.core.importing.cwr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rightstracker.core.work.PublisherShare;
import org.rightstracker.core.work.RightHolderKind;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WorkRegistration;
import org.rightstracker.core.work.WriterShare;

/**
 * The plan for one work: what it will hold after the import, and how that differs from the catalogue's
 * copy. An existing work keeps its title (the file's title joins its alternate titles when it differs)
 * and its ISWC, gains the file's alternate titles, and takes the file's writer and publisher shares.
 */
final class CwrWorkComparison {

    private CwrWorkComparison() {}

    static WorkPlan plan(
            CwrDocument document,
            CwrDocument.ParsedWork parsed,
            Work found,
            Map<String, PartyPlan> parties,
            List<RecordingPlan> recordings) {
        CwrWork work = parsed.work();
        List<WorkPlan.Writer> writers = parsed.writers().stream()
                .map(part -> {
                    PartyPlan party =
                            parties.get(document.partyKey(part.writer().party()));
                    return new WorkPlan.Writer(
                            party.key(),
                            party.name(),
                            part.writer().designation(),
                            societyOf(part.writer().society(), party),
                            part.share(),
                            part.writer().workForHire());
                })
                .toList();
        List<WorkPlan.Publisher> publishers = parsed.publishers().stream()
                .map(part -> {
                    PartyPlan party = parties.get(document.partyKey(part.party()));
                    return new WorkPlan.Publisher(
                            party.key(),
                            party.name(),
                            part.role(),
                            societyOf(part.party().society(), party),
                            part.share(),
                            part.selfPublished());
                })
                .toList();
        List<String> ownerKeys = new ArrayList<>();
        WorkRegistration registration = registration(document, work, parties, ownerKeys);
        if (found == null) {
            return new WorkPlan(
                    work.line(),
                    work.transactionType(),
                    work.title(),
                    work.iswc(),
                    work.alternateTitles(),
                    writers,
                    publishers,
                    recordings,
                    work.origin(),
                    registration,
                    List.copyOf(ownerKeys),
                    PlannedAction.CREATE,
                    null,
                    List.of());
        }
        List<String> changes = new ArrayList<>();
        String iswc = found.iswc;
        if (iswc == null && work.iswc() != null) {
            iswc = work.iswc();
            changes.add("ISWC set");
        }
        List<String> alternates = new ArrayList<>(found.alternateTitles);
        List<String> candidates = new ArrayList<>();
        candidates.add(work.title());
        candidates.addAll(work.alternateTitles());
        for (String candidate : candidates) {
            boolean known = CwrPlanner.folded(candidate).equals(CwrPlanner.folded(found.title))
                    || alternates.stream().anyMatch(a -> CwrPlanner.folded(a).equals(CwrPlanner.folded(candidate)));
            if (!known) {
                alternates.add(candidate);
                changes.add("alternate title \"" + candidate + "\" added");
            }
        }
        if (!sameWriters(found.writers, writers, parties)) {
            changes.add("writer shares replaced");
        }
        if (!samePublishers(found.publishers, publishers, parties)) {
            changes.add("publisher shares replaced");
        }
        if (!registration.equals(WorkRegistration.of(found))) {
            changes.add("registration details updated");
        }
        return new WorkPlan(
                work.line(),
                work.transactionType(),
                found.title,
                iswc,
                List.copyOf(alternates),
                writers,
                publishers,
                recordings,
                work.origin(),
                registration,
                List.copyOf(ownerKeys),
                changes.isEmpty() ? PlannedAction.UNCHANGED : PlannedAction.UPDATE,
                found.id,
                List.copyOf(changes));
    }

    /**
     * The registration as the file gives it: writers then publishers as owners (parties by key, and by id
     * where the catalogue has them already), territories pointing at their owner's position.
     */
    private static WorkRegistration registration(
            CwrDocument document, CwrWork work, Map<String, PartyPlan> parties, List<String> ownerKeys) {
        List<WorkRegistration.Owner> owners = new ArrayList<>();
        for (CwrWriter w : work.writers()) {
            String key = document.partyKey(w.party());
            ownerKeys.add(key);
            owners.add(new WorkRegistration.Owner(
                    parties.get(key).existingId(), RightHolderKind.WRITER, w.pr(), w.mr(), w.sr()));
        }
        for (CwrPublisher p : work.publishers()) {
            String key = document.partyKey(p.party());
            ownerKeys.add(key);
            owners.add(new WorkRegistration.Owner(
                    parties.get(key).existingId(), RightHolderKind.PUBLISHER, p.pr(), p.mr(), p.sr()));
        }
        CwrWork.Details details = work.details();
        List<WorkRegistration.Territory> territories = details.territories().stream()
                .map(t -> new WorkRegistration.Territory(
                        t.writer() ? t.index() : work.writers().size() + t.index(),
                        t.included(),
                        t.tisCode(),
                        t.pr(),
                        t.mr(),
                        t.sr()))
                .toList();
        return new WorkRegistration(
                work.submitterWorkNumber(),
                details.languageCode(),
                details.versionType(),
                details.copyrightDate(),
                details.durationSeconds(),
                details.originTitle(),
                details.originYear(),
                details.titles(),
                List.copyOf(owners),
                territories);
    }

    // The work service stores the society typed for a share, else the party's own: mirror it so that a
    // second import compares equal.
    private static String societyOf(String written, PartyPlan party) {
        return written != null ? written : party.society();
    }

    private static boolean sameWriters(
            List<WriterShare> stored, List<WorkPlan.Writer> planned, Map<String, PartyPlan> parties) {
        if (stored.size() != planned.size()) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            WriterShare s = stored.get(i);
            WorkPlan.Writer p = planned.get(i);
            if (!Objects.equals(s.party.id, parties.get(p.partyKey()).existingId())
                    || s.share.compareTo(p.share().value()) != 0
                    || s.designation != p.designation()
                    || !Objects.equals(s.society, p.society())
                    || s.workForHire != p.workForHire()) {
                return false;
            }
        }
        return true;
    }

    private static boolean samePublishers(
            List<PublisherShare> stored, List<WorkPlan.Publisher> planned, Map<String, PartyPlan> parties) {
        if (stored.size() != planned.size()) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            PublisherShare s = stored.get(i);
            WorkPlan.Publisher p = planned.get(i);
            if (!Objects.equals(s.party.id, parties.get(p.partyKey()).existingId())
                    || s.share.compareTo(p.share().value()) != 0
                    || s.role != p.role()
                    || !Objects.equals(s.society, p.society())) {
                return false;
            }
        }
        return true;
    }
}
