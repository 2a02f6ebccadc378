package org.rightstracker.core.recording;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.rightstracker.core.catalogue.CatalogueStore;
import org.rightstracker.core.clearance.ClearanceItemSync;
import org.rightstracker.core.identifier.Isrc;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyService;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.Errors;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.NumberLimit;
import org.rightstracker.core.shared.RunningTime;
import org.rightstracker.core.shared.SearchWords;
import org.rightstracker.core.shared.Share;
import org.rightstracker.core.shared.TextLimit;
import org.rightstracker.core.work.Work;

@ApplicationScoped
public class RecordingService implements CatalogueStore<Recording, RecordingInput> {

    @Inject
    ClearanceItemSync clearanceItemSync;

    public Recording get(long id) {
        return Recording.<Recording>findByIdOptional(id).orElseThrow(() -> NotFoundException.of("Recording", id));
    }

    /**
     * Recordings whose title or artist hold every word of {@code query} ignoring case, accents and order, or whose ISRC
     * matches it, in alphabetical order (accents sort with their letter).
     */
    public List<Recording> search(String query, int pageIndex, int pageSize) {
        SearchWords.Condition search = condition(query);
        return Recording.find(search.jpql(), Sort.by("titleKey").and("title").and("id"), search.parameters())
                .page(Page.of(pageIndex, pageSize))
                .list();
    }

    public long count(String query) {
        SearchWords.Condition search = condition(query);
        return Recording.count(search.jpql(), search.parameters());
    }

    /** Every typed word in one of the folded names, in any order, or the whole text as the identifier. */
    private static SearchWords.Condition condition(String query) {
        return SearchWords.of(query).where(List.of("titleKey", "artistKey"), List.of("isrc"));
    }

    @Transactional
    public Recording create(RecordingInput input) {
        return create(input, Recording::findByIsrc);
    }

    /**
     * As {@link #create(RecordingInput)}, asking {@code isrcHolders} which recording already holds an ISRC:
     * an import loads them in bulk beforehand instead of a query (and a session flush) per recording.
     */
    @Transactional
    public Recording create(RecordingInput input, Function<String, Optional<Recording>> isrcHolders) {
        return create(input, isrcHolders, recording -> {});
    }

    /**
     * As {@link #create(RecordingInput, Function)}, with {@code completion} setting what an import knows
     * beyond the form's fields (a CWR file's album title) before the row is written, so that it is written
     * once.
     */
    @Transactional
    public Recording create(
            RecordingInput input, Function<String, Optional<Recording>> isrcHolders, Consumer<Recording> completion) {
        Recording recording = new Recording();
        apply(recording, input, isrcHolders);
        completion.accept(recording);
        recording.persist();
        return recording;
    }

    @Transactional
    public Recording update(long id, long version, RecordingInput input) {
        return update(id, version, input, Recording::findByIsrc);
    }

    /** As {@link #update(long, long, RecordingInput)}, with the ISRC holders known beforehand. */
    @Transactional
    public Recording update(
            long id, long version, RecordingInput input, Function<String, Optional<Recording>> isrcHolders) {
        Recording recording = get(id);
        recording.requireVersion(version, "Recording " + recording.title);
        // As for works: a save changing only the owners' rows must still be a new version of the recording.
        recording.updatedAt = Instant.now();
        apply(recording, input, isrcHolders);
        Recording.flush();
        clearanceItemSync.refreshCuesOfRecording(recording);
        return recording;
    }

    @Transactional
    public void delete(long id, long version) {
        Recording recording = get(id);
        recording.requireVersion(version, "Recording " + recording.title);
        long cues = Recording.getEntityManager()
                .createQuery("select count(c) from Cue c where c.recording = :r", Long.class)
                .setParameter("r", recording)
                .getSingleResult();
        if (cues > 0) {
            throw new ConflictException(recording.title + " is used by " + cues + " cue(s); unlink them first.");
        }
        recording.delete();
    }

    private void apply(Recording recording, RecordingInput input, Function<String, Optional<Recording>> isrcHolders) {
        Errors errors = new Errors();
        String title = errors.required(TextLimit.RECORDING_TITLE, input.title());
        String artist = errors.optional(TextLimit.RECORDING_ARTIST, input.artist());
        Isrc isrc = errors.parse("isrc", input.isrc(), Isrc::parse);
        if (isrc != null) {
            isrcHolders
                    .apply(isrc.value())
                    .filter(other -> !Objects.equals(other.id, recording.id))
                    .ifPresent(other -> errors.add(
                            "isrc",
                            "ISRC " + isrc.formatted() + " is already used by the recording \"" + other + "\"."));
        }
        Integer year = input.releaseYear();
        if (year != null
                && (!NumberLimit.RELEASE_YEAR.admits(year) || year > Year.now().getValue() + 1)) {
            errors.add("releaseYear", "Release year " + year + " is not a plausible year.");
        }
        Duration duration = errors.parse("duration", input.duration(), RunningTime::parse);
        Work work = null;
        if (input.workId() != null) {
            work = Work.findById(input.workId());
            if (work == null) {
                errors.add("workId", "Work " + input.workId() + " does not exist.");
            }
        }
        String notes = errors.optional(TextLimit.RECORDING_NOTES, input.notes());
        List<RecordingInput.Owner> owners = input.owners() == null ? List.of() : input.owners();
        List<Party> parties = new ArrayList<>();
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i < owners.size(); i++) {
            if (!errors.present("owners[" + i + "]", "Master owner " + (i + 1), owners.get(i))) {
                parties.add(null);
                shares.add(null);
                continue;
            }
            parties.add(PartyService.lookup(
                    errors, "owners[" + i + "].partyId", owners.get(i).partyId()));
            shares.add(errors.share("owners[" + i + "].share", owners.get(i).share()));
        }
        errors.throwIfAny();

        recording.title = title;
        recording.artist = artist;
        recording.isrc = isrc == null ? null : isrc.value();
        recording.releaseYear = year;
        recording.durationSeconds = duration == null ? null : (int) duration.toSeconds();
        recording.work = work;
        recording.notes = notes;
        recording.owners.clear();
        if (recording.id != null) {
            Recording.flush();
        }
        for (int i = 0; i < owners.size(); i++) {
            recording.addOwner(parties.get(i), shares.get(i));
        }
    }
}
