package org.rightstracker.core.work;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.rightstracker.core.catalogue.CatalogueStore;
import org.rightstracker.core.clearance.ClearanceItemSync;
import org.rightstracker.core.identifier.Iswc;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyService;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.Errors;
import org.rightstracker.core.shared.InChunks;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.SearchWords;
import org.rightstracker.core.shared.Share;
import org.rightstracker.core.shared.TextLimit;

@ApplicationScoped
public class WorkService implements CatalogueStore<Work, WorkInput> {

    @Inject
    ClearanceItemSync clearanceItemSync;

    public Work get(long id) {
        return Work.<Work>findByIdOptional(id).orElseThrow(() -> NotFoundException.of("Work", id));
    }

    /**
     * Works whose title or alternate titles hold every word of {@code query} ignoring case, accents and order, or whose
     * ISWC matches it, in alphabetical order (accents sort with their letter).
     */
    public List<Work> search(String query, int pageIndex, int pageSize) {
        SearchWords.Condition search = condition(query);
        return Work.find(search.jpql(), Sort.by("titleKey").and("title").and("id"), search.parameters())
                .page(Page.of(pageIndex, pageSize))
                .list();
    }

    public long count(String query) {
        SearchWords.Condition search = condition(query);
        return Work.count(search.jpql(), search.parameters());
    }

    /** Every typed word in one of the folded names, in any order, or the whole text as the identifier. */
    private static SearchWords.Condition condition(String query) {
        return SearchWords.of(query).where(List.of("titleKey", "alternateKey"), List.of("iswc"));
    }

    @Transactional
    public Work create(WorkInput input) {
        return create(input, Work::findByIswc);
    }

    /**
     * As {@link #create(WorkInput)}, asking {@code iswcHolders} which work already holds an ISWC. An import
     * of thousands of works loads the works holding its ISWCs in one query beforehand: a query per work
     * would also make Hibernate flush (dirty-check) the whole session each time, which grows with the
     * square of the number of works.
     */
    @Transactional
    public Work create(WorkInput input, Function<String, Optional<Work>> iswcHolders) {
        Work work = new Work();
        apply(work, input, iswcHolders);
        work.persist();
        return work;
    }

    /**
     * As {@link #create(WorkInput, Function)} for a registered work: the registration is stored with the
     * new work (see {@link #recordRegistration}), so its row is written once, complete, and its history
     * says "added" rather than "added" followed by a change of every registration field.
     */
    @Transactional
    public Work create(WorkInput input, WorkRegistration registration, Function<String, Optional<Work>> iswcHolders) {
        Work work = new Work();
        apply(work, input, iswcHolders);
        recordRegistration(work, registration);
        work.persist();
        return work;
    }

    @Transactional
    public Work update(long id, long version, WorkInput input) {
        return update(id, version, input, Work::findByIswc);
    }

    /** As {@link #update(long, long, WorkInput)}, with the ISWC holders known beforehand (see {@link #create(WorkInput, Function)}). */
    @Transactional
    public Work update(long id, long version, WorkInput input, Function<String, Optional<Work>> iswcHolders) {
        Work work = updateUnflushed(id, version, input, iswcHolders);
        // Written now, so that the work returned carries its new version.
        Work.flush();
        return work;
    }

    /**
     * As {@link #update(long, long, WorkInput, Function)} without writing anything yet: for an import that
     * saves thousands of works in one transaction and flushes once per slice of them, since every flush
     * dirty-checks the whole session. The work's version is raised at that flush.
     */
    @Transactional
    public Work updateUnflushed(long id, long version, WorkInput input, Function<String, Optional<Work>> iswcHolders) {
        Work work = get(id);
        work.requireVersion(version, "Work " + work.title);
        // Share rows are rows of their own: a save changing only them would leave the work's version as it
        // was, and a form opened before it could then overwrite them unnoticed. Every save is a new version.
        work.updatedAt = Instant.now();
        apply(work, input, iswcHolders);
        // Replacing share rows changes the ownership the clearance items derive from (read from the work's
        // collections as they now are).
        clearanceItemSync.refreshCuesOfWork(work);
        return work;
    }

    @Transactional
    public void delete(long id, long version) {
        Work work = get(id);
        work.requireVersion(version, "Work " + work.title);
        long cues = Work.getEntityManager()
                .createQuery("select count(c) from Cue c where c.work = :w", Long.class)
                .setParameter("w", work)
                .getSingleResult();
        if (cues > 0) {
            throw new ConflictException(work.title + " is used by " + cues + " cue(s); unlink them first.");
        }
        Work.getEntityManager()
                .createQuery("update Recording r set r.work = null where r.work = :w")
                .setParameter("w", work)
                .executeUpdate();
        work.delete();
    }

    private void apply(Work work, WorkInput input, Function<String, Optional<Work>> iswcHolders) {
        Errors errors = new Errors();
        String title = errors.required(TextLimit.WORK_TITLE, input.title());
        Iswc iswc = errors.parse("iswc", input.iswc(), Iswc::parse);
        if (iswc != null) {
            iswcHolders
                    .apply(iswc.value())
                    .filter(other -> !Objects.equals(other.id, work.id))
                    .ifPresent(other -> errors.add(
                            "iswc",
                            "ISWC " + iswc.formatted() + " is already used by the work \"" + other.title + "\"."));
        }
        List<String> alternates = new ArrayList<>();
        List<String> typedAlternates = input.alternateTitles() == null ? List.of() : input.alternateTitles();
        for (int i = 0; i < typedAlternates.size(); i++) {
            String alt = errors.optional(
                    "alternateTitles[" + i + "]", TextLimit.WORK_ALTERNATE_TITLE, typedAlternates.get(i));
            if (alt != null && !alternates.contains(alt)) {
                alternates.add(alt);
            }
        }
        String notes = errors.optional(TextLimit.WORK_NOTES, input.notes());
        List<WorkInput.Writer> writers = input.writers() == null ? List.of() : input.writers();
        List<WorkInput.Publisher> publishers = input.publishers() == null ? List.of() : input.publishers();
        List<Party> writerParties = new ArrayList<>();
        List<Share> writerShares = new ArrayList<>();
        for (int i = 0; i < writers.size(); i++) {
            if (!errors.present("writers[" + i + "]", "Writer " + (i + 1), writers.get(i))) {
                writerParties.add(null);
                writerShares.add(null);
                continue;
            }
            writerParties.add(PartyService.lookup(
                    errors, "writers[" + i + "].partyId", writers.get(i).partyId()));
            writerShares.add(
                    errors.share("writers[" + i + "].share", writers.get(i).share()));
            errors.optional(
                    "writers[" + i + "].society",
                    TextLimit.WRITER_SOCIETY,
                    writers.get(i).society());
        }
        List<Party> publisherParties = new ArrayList<>();
        List<Share> publisherShares = new ArrayList<>();
        for (int i = 0; i < publishers.size(); i++) {
            if (!errors.present("publishers[" + i + "]", "Publisher " + (i + 1), publishers.get(i))) {
                publisherParties.add(null);
                publisherShares.add(null);
                continue;
            }
            publisherParties.add(PartyService.lookup(
                    errors, "publishers[" + i + "].partyId", publishers.get(i).partyId()));
            publisherShares.add(errors.share(
                    "publishers[" + i + "].share", publishers.get(i).share()));
            errors.optional(
                    "publishers[" + i + "].society",
                    TextLimit.PUBLISHER_SOCIETY,
                    publishers.get(i).society());
        }
        errors.throwIfAny();

        work.title = title;
        work.iswc = iswc == null ? null : iswc.value();
        work.publicDomain = input.publicDomain();
        work.notes = notes;
        work.alternateTitles.clear();
        work.alternateTitles.addAll(alternates);
        // The rows replaced are deleted at the next flush, before the new ones are inserted (Hibernate
        // removes orphans first); the totals below count the collections, not the table.
        work.writers.clear();
        work.publishers.clear();
        for (int i = 0; i < writers.size(); i++) {
            WorkInput.Writer w = writers.get(i);
            WriterShare added = work.addWriter(
                    writerParties.get(i),
                    writerShares.get(i),
                    w.designation() == null ? WriterDesignation.CA : w.designation(),
                    societyOr(w.society(), writerParties.get(i)));
            added.workForHire = w.workForHire();
        }
        for (int i = 0; i < publishers.size(); i++) {
            WorkInput.Publisher p = publishers.get(i);
            work.addPublisher(
                    publisherParties.get(i),
                    publisherShares.get(i),
                    p.role() == null ? PublisherRole.ORIGINAL_PUBLISHER : p.role(),
                    societyOr(p.society(), publisherParties.get(i)));
        }
    }

    /**
     * Stores what a registration says about the work (see {@link WorkRegistration}), replacing what an
     * earlier registration said. The values come from fixed-width CWR fields that fit their columns; the
     * owners' parties must exist. Forms never send these fields, so editing a work by hand keeps them.
     */
    @Transactional
    public void recordRegistration(Work work, WorkRegistration registration) {
        work.submitterWorkNumber = registration.submitterWorkNumber();
        work.languageCode = registration.languageCode();
        work.versionType = registration.versionType();
        work.copyrightDate = registration.copyrightDate();
        work.durationSeconds = registration.durationSeconds();
        work.originProductionTitle = registration.originProductionTitle();
        work.originProductionYear = registration.originProductionYear();
        work.titleDetails.clear();
        registration
                .titles()
                .forEach(t -> work.titleDetails.add(new TitleDetail(t.title(), t.titleType(), t.languageCode())));
        work.rightOwnership.clear();
        for (WorkRegistration.Owner owner : registration.owners()) {
            work.rightOwnership.add(new RightOwnership(
                    Work.getEntityManager().getReference(Party.class, owner.partyId()),
                    owner.kind(),
                    owner.pr(),
                    owner.mr(),
                    owner.sr()));
        }
        work.collectionTerritories.clear();
        registration
                .territories()
                .forEach(t -> work.collectionTerritories.add(
                        new CollectionTerritory(t.owner(), t.included(), t.tisCode(), t.pr(), t.mr(), t.sr())));
    }

    /** One registered owner's share of each right, for reports. */
    public record RegisteredShare(String party, BigDecimal pr, BigDecimal mr, BigDecimal sr) {}

    /** The registered PR/MR/SR ownership of these works, by work id, owners in registration order; one query. */
    @Transactional
    public Map<Long, List<RegisteredShare>> registeredOwnership(Collection<Long> workIds) {
        Map<Long, List<RegisteredShare>> byWork = new HashMap<>();
        if (workIds.isEmpty()) {
            return byWork;
        }
        List<Object[]> rows = InChunks.list(
                List.copyOf(workIds),
                chunk -> Work.getEntityManager()
                        .createQuery(
                                "select w.id, o.party.name, o.pr, o.mr, o.sr from Work w join w.rightOwnership o"
                                        + " where w.id in :ids order by w.id, index(o)",
                                Object[].class)
                        .setParameter("ids", chunk)
                        .getResultList());
        for (Object[] row : rows) {
            byWork.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add(new RegisteredShare(
                            (String) row[1], (BigDecimal) row[2], (BigDecimal) row[3], (BigDecimal) row[4]));
        }
        return byWork;
    }

    private static String societyOr(String typed, Party party) {
        if (typed != null && !typed.isBlank()) {
            return typed.strip().toUpperCase();
        }
        return party.society;
    }
}
