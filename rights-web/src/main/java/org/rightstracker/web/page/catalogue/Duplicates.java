package org.rightstracker.web.page.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import org.rightstracker.core.catalogue.CatalogueDuplicates;
import org.rightstracker.core.catalogue.CatalogueKind;
import org.rightstracker.core.catalogue.CatalogueMerge;
import org.rightstracker.core.identifier.Iswc;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.work.Work;
import org.rightstracker.web.page.Flash;

/**
 * The likely duplicates a catalogue page names under its title ("Possibly the same as …"), with a
 * merge button per candidate for those who may merge; and the way an old address of a merged-away
 * record finds the record it was merged into. One pattern for parties, works and recordings.
 */
@ApplicationScoped
public class Duplicates {

    @Inject
    CatalogueDuplicates duplicates;

    /** One likely duplicate: its name as people read it, where its page is, and its version for a merge. */
    public record Candidate(long id, String label, long version) {}

    /** What a page shows: this record (to merge away) and its candidates (to keep). */
    public record View(String path, long id, long version, String noun, List<Candidate> candidates) {

        public boolean any() {
            return !candidates.isEmpty();
        }
    }

    public View of(Party party) {
        return new View(
                CatalogueKind.PARTY.path(),
                party.id,
                party.version,
                "party",
                duplicates.of(party).stream()
                        .map(p -> new Candidate(p.id, label(p), p.version))
                        .toList());
    }

    public View of(Work work) {
        return new View(
                CatalogueKind.WORK.path(),
                work.id,
                work.version,
                "work",
                duplicates.of(work).stream()
                        .map(w -> new Candidate(w.id, label(w), w.version))
                        .toList());
    }

    public View of(Recording recording) {
        return new View(
                CatalogueKind.RECORDING.path(),
                recording.id,
                recording.version,
                "recording",
                duplicates.of(recording).stream()
                        .map(r -> new Candidate(r.id, label(r), r.version))
                        .toList());
    }

    static String label(Party party) {
        return party.name + (party.ipiNameNumber == null ? "" : " (IPI " + party.ipiNameNumber + ")");
    }

    static String label(Work work) {
        return work.title
                + (work.iswc == null ? "" : " (ISWC " + Iswc.parse(work.iswc).formatted() + ")");
    }

    static String label(Recording recording) {
        return recording.title
                + (recording.artist == null ? "" : " — " + recording.artist)
                + (recording.isrc == null ? "" : " (ISRC " + recording.isrc + ")");
    }

    /**
     * Runs {@code read}; when the record is gone because it was merged, answers with a redirect to the
     * record it was merged into instead of a 404.
     */
    public static <T> T orMerged(CatalogueKind kind, long id, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (NotFoundException gone) {
            Long kept = CatalogueMerge.currentId(kind, id).orElseThrow(() -> gone);
            CatalogueMerge merge = CatalogueMerge.of(kind, id).orElseThrow();
            throw new WebApplicationException(Flash.seeOther(
                    "/" + kind.path() + "/" + kept,
                    merge.mergedName + " was merged into " + merge.keptName + " by " + merge.username + "."));
        }
    }
}
