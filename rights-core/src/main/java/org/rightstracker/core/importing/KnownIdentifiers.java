package org.rightstracker.core.importing;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.shared.InChunks;
import org.rightstracker.core.work.Work;

/**
 * The works and recordings that hold the ISWCs and ISRCs an imported file names, loaded in bulk before
 * the import writes anything and kept current as it writes. The services' uniqueness checks ask here
 * instead of querying once per work: each such query would make Hibernate flush the whole session first,
 * so an import of 10,000 works would spend its time dirty-checking the works it had already written.
 * Used by the CWR and the cue-list imports.
 */
public final class KnownIdentifiers {

    private final Map<String, Work> works = new HashMap<>();
    private final Map<String, Recording> recordings = new HashMap<>();

    private KnownIdentifiers() {}

    /** The holders of these ISWCs and ISRCs (nulls ignored), in a query per thousand of each. */
    public static KnownIdentifiers load(Collection<String> iswcs, Collection<String> isrcs) {
        KnownIdentifiers known = new KnownIdentifiers();
        InChunks.list(withoutNulls(iswcs), chunk -> Work.<Work>list("iswc in ?1", chunk))
                .forEach(known::saved);
        InChunks.list(withoutNulls(isrcs), chunk -> Recording.<Recording>list("isrc in ?1", chunk))
                .forEach(known::saved);
        return known;
    }

    private static List<String> withoutNulls(Collection<String> values) {
        return values.stream().filter(Objects::nonNull).toList();
    }

    public Optional<Work> workWithIswc(String iswc) {
        return Optional.ofNullable(works.get(iswc));
    }

    public Optional<Recording> recordingWithIsrc(String isrc) {
        return Optional.ofNullable(recordings.get(isrc));
    }

    /** Records the ISWC a work now holds; returns the work. */
    public Work saved(Work work) {
        if (work.iswc != null) {
            works.put(work.iswc, work);
        }
        return work;
    }

    /** Records the ISRC a recording now holds; returns the recording. */
    public Recording saved(Recording recording) {
        if (recording.isrc != null) {
            recordings.put(recording.isrc, recording);
        }
        return recording;
    }
}
