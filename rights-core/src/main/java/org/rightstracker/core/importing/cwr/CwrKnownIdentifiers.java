package org.rightstracker.core.importing.cwr;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.shared.InChunks;
import org.rightstracker.core.work.Work;

/**
 * The works and recordings that hold the ISWCs and ISRCs a file names, loaded in bulk before the commit
 * writes anything and kept current as it writes. The services' uniqueness checks ask here instead of
 * querying once per work: each such query would make Hibernate flush the whole session first, so an
 * import of 10,000 works would spend its time dirty-checking the works it had already written.
 */
final class CwrKnownIdentifiers {

    private final Map<String, Work> works = new HashMap<>();
    private final Map<String, Recording> recordings = new HashMap<>();

    private CwrKnownIdentifiers() {}

    static CwrKnownIdentifiers load(List<WorkPlan> plans) {
        CwrKnownIdentifiers known = new CwrKnownIdentifiers();
        List<String> iswcs =
                plans.stream().map(WorkPlan::iswc).filter(Objects::nonNull).toList();
        InChunks.list(iswcs, chunk -> Work.<Work>list("iswc in ?1", chunk)).forEach(known::saved);
        List<String> isrcs = plans.stream()
                .flatMap(p -> p.recordings().stream())
                .map(RecordingPlan::isrc)
                .filter(Objects::nonNull)
                .toList();
        InChunks.list(isrcs, chunk -> Recording.<Recording>list("isrc in ?1", chunk))
                .forEach(known::saved);
        return known;
    }

    Optional<Work> workWithIswc(String iswc) {
        return Optional.ofNullable(works.get(iswc));
    }

    Optional<Recording> recordingWithIsrc(String isrc) {
        return Optional.ofNullable(recordings.get(isrc));
    }

    /** Records the ISWC a work now holds. */
    void saved(Work work) {
        if (work.iswc != null) {
            works.put(work.iswc, work);
        }
    }

    /** Records the ISRC a recording now holds. */
    void saved(Recording recording) {
        if (recording.isrc != null) {
            recordings.put(recording.isrc, recording);
        }
    }
}
