package org.rightstracker.reports.cuesheet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueNumberOrder;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cuesheet.CueSheetRevisionService;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.recording.MasterShare;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.Timecode;
import org.rightstracker.core.work.PublisherShare;
import org.rightstracker.core.work.WriterShare;
import org.rightstracker.reports.cuesheet.CueSheetReport.Line;
import org.rightstracker.reports.cuesheet.CueSheetReport.Party;

/**
 * Builds the {@link CueSheetReport} of a production in five statements whatever its size: the
 * production, its active cues with works and recordings, and the writer, publisher and master shares
 * of those works and recordings with their parties.
 */
@ApplicationScoped
public class CueSheetBuilder {

    @Inject
    EntityManager em;

    @Inject
    CueSheetRevisionService revisions;

    /** The draft: what the next revision would contain if issued now. */
    @Transactional
    public CueSheetReport draft(long productionId) {
        int next = revisions.nextNumber(productionId);
        return build(productionId, new CueSheetReport.Revision(next, false, null, null));
    }

    @Transactional
    public CueSheetReport build(long productionId, CueSheetReport.Revision revision) {
        Production production = em.createQuery(
                        "select p from Production p left join fetch p.studio where p.id = :id", Production.class)
                .setParameter("id", productionId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> NotFoundException.of("Production", productionId));
        List<Cue> cues = em.createQuery(
                        "select c from Cue c left join fetch c.work left join fetch c.recording"
                                + " where c.production.id = :id and c.active = true",
                        Cue.class)
                .setParameter("id", productionId)
                .getResultList();
        Map<Long, List<Party>> writers = em.createQuery(
                        "select w from WriterShare w join fetch w.party where w.work.id in"
                                + " (select c.work.id from Cue c where c.production.id = :id) order by w.position",
                        WriterShare.class)
                .setParameter("id", productionId)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        w -> w.work.id,
                        Collectors.mapping(
                                w -> new Party(
                                        w.party.name,
                                        w.designation.name(),
                                        w.society != null ? w.society : w.party.society,
                                        w.party.ipiNameNumber,
                                        w.share),
                                Collectors.toList())));
        Map<Long, List<Party>> publishers = em.createQuery(
                        "select s from PublisherShare s join fetch s.party where s.work.id in"
                                + " (select c.work.id from Cue c where c.production.id = :id) order by s.position",
                        PublisherShare.class)
                .setParameter("id", productionId)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        s -> s.work.id,
                        Collectors.mapping(
                                s -> new Party(
                                        s.party.name,
                                        s.role.label(),
                                        s.society != null ? s.society : s.party.society,
                                        s.party.ipiNameNumber,
                                        s.share),
                                Collectors.toList())));
        Map<Long, List<Party>> owners = em.createQuery(
                        "select m from MasterShare m join fetch m.party where m.recording.id in"
                                + " (select c.recording.id from Cue c where c.production.id = :id) order by m.position",
                        MasterShare.class)
                .setParameter("id", productionId)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        m -> m.recording.id,
                        Collectors.mapping(
                                m -> new Party(m.party.name, null, m.party.society, m.party.ipiNameNumber, m.share),
                                Collectors.toList())));

        List<Cue> ordered = new ArrayList<>(cues);
        ordered.sort(appearance(production));
        List<Line> lines = new ArrayList<>();
        int musicSeconds = 0;
        for (Cue cue : ordered) {
            Long workId = cue.work == null ? null : cue.work.id;
            Long recordingId = cue.recording == null ? null : cue.recording.id;
            lines.add(new Line(
                    lines.size() + 1,
                    cue.number,
                    cue.title,
                    cue.usage.name(),
                    cue.usage.label(),
                    cue.timecodeIn,
                    cue.timecodeOut,
                    cue.durationSeconds,
                    cue.origin.isCommissioned(),
                    (cue.work != null && cue.work.publicDomain) || cue.origin == CueOrigin.PUBLIC_DOMAIN,
                    workId == null ? List.of() : writers.getOrDefault(workId, List.of()),
                    workId == null ? List.of() : publishers.getOrDefault(workId, List.of()),
                    cue.recording == null ? null : cue.recording.artist,
                    recordingId == null ? List.of() : owners.getOrDefault(recordingId, List.of())));
            musicSeconds += cue.durationSeconds == null ? 0 : cue.durationSeconds;
        }
        CueSheetReport.Header header = new CueSheetReport.Header(
                production.id,
                production.displayTitle(),
                production.aka,
                production.kind.label(),
                production.seriesTitle,
                production.episodeTitle,
                production.episodeNumber,
                production.productionNumber,
                production.studio == null ? null : production.studio.name,
                production.runtimeSeconds,
                musicSeconds);
        return new CueSheetReport(
                header,
                revision,
                lines,
                CueSheetChecks.check(lines, production.runtimeSeconds, musicSeconds, production.frameRate));
    }

    /** Order of appearance: by timecode in; untimed cues last, by cue number. */
    private static Comparator<Cue> appearance(Production production) {
        Comparator<Cue> byTime = Comparator.comparing(
                c -> c.timecodeIn == null ? null : startFrame(c.timecodeIn, production),
                Comparator.nullsLast(Comparator.naturalOrder()));
        return byTime.thenComparing(c -> c.number, CueNumberOrder.INSTANCE);
    }

    private static Long startFrame(String timecode, Production production) {
        return Timecode.parse(timecode, production.frameRate).totalFrames();
    }
}
