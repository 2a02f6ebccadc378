package org.rightstracker.core.clearance.engine;

import java.util.List;
import java.util.Objects;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueUsage;

/**
 * A cue with the ownership the service loaded for it: the work's publishers and writers, the
 * recording's master owners, and the stored clearance items. {@code workId} and {@code recordingId} are
 * null while the cue is not yet linked to a composition or recording. {@code usage} and
 * {@code durationSeconds} (null until timed) are what a licence's granted use is checked against.
 */
public record CueFacts(
        long id,
        String number,
        String title,
        CueOrigin origin,
        boolean active,
        Long workId,
        boolean publicDomain,
        Long recordingId,
        List<Holder> publishers,
        List<Holder> masterOwners,
        List<Holder> writers,
        List<ItemFacts> items,
        CueUsage usage,
        Integer durationSeconds) {

    /** A cue heard as background instrumental of unknown length: for facts that predate granted use. */
    public CueFacts(
            long id,
            String number,
            String title,
            CueOrigin origin,
            boolean active,
            Long workId,
            boolean publicDomain,
            Long recordingId,
            List<Holder> publishers,
            List<Holder> masterOwners,
            List<Holder> writers,
            List<ItemFacts> items) {
        this(
                id,
                number,
                title,
                origin,
                active,
                workId,
                publicDomain,
                recordingId,
                publishers,
                masterOwners,
                writers,
                items,
                CueUsage.BI,
                null);
    }

    public CueFacts {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(origin, "origin");
        publishers = publishers == null ? List.of() : List.copyOf(publishers);
        masterOwners = masterOwners == null ? List.of() : List.copyOf(masterOwners);
        writers = writers == null ? List.of() : List.copyOf(writers);
        items = items == null ? List.of() : List.copyOf(items);
        usage = usage == null ? CueUsage.BI : usage;
    }

    /** The same cue with another list of items: the licences in force for it once ranges are applied. */
    public CueFacts withItems(List<ItemFacts> replaced) {
        return new CueFacts(
                id,
                number,
                title,
                origin,
                active,
                workId,
                publicDomain,
                recordingId,
                publishers,
                masterOwners,
                writers,
                replaced,
                usage,
                durationSeconds);
    }

    /** A public-domain composition needs no sync licence, whether flagged on the work or by origin. */
    public boolean compositionIsPublicDomain() {
        return publicDomain || origin == CueOrigin.PUBLIC_DOMAIN;
    }
}
