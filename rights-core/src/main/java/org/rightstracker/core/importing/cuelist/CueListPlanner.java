package org.rightstracker.core.importing.cuelist;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.rightstracker.core.catalogue.PartyMatcher;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyKind;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.shared.SearchKey;
import org.rightstracker.core.shared.Timecode;
import org.rightstracker.core.work.Work;

/**
 * Matches cue-list rows against the catalogue in a fixed number of queries, however long the list:
 * parties by IPI name number or exact name, works by ISWC or by title and writers, recordings by ISRC
 * or by title and artist, cues by number within the production. Existing works and recordings are
 * linked as they are: a cue list is not where ownership is decided, so a differing split is reported.
 */
final class CueListPlanner {

    private final CueListPlan plan;
    private final CueRowReader reader;

    private CueListPlanner(CueListPlan plan, CueRowReader reader) {
        this.plan = plan;
        this.reader = reader;
    }

    static CueListPlan plan(
            Production production, List<CueRow> rows, CueRowReader reader, List<CueListProblem> problems) {
        CueListPlanner planner = new CueListPlanner(new CueListPlan(production, problems), reader);
        planner.plan.partyMatcher = PartyMatcher.load(rows.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.writers(), r.publishers(), r.owners()))
                .flatMap(List::stream)
                .map(e -> new PartyMatcher.Mention(e.name(), e.ipi()))
                .toList());
        rows.forEach(planner::collect);
        planner.matchParties();
        planner.matchWorks();
        planner.matchRecordings();
        planner.planCues(rows);
        return planner.plan;
    }

    private String partyKey(ShareCell.Entry entry) {
        return plan.partyKey(entry);
    }

    String workKey(CueRow row) {
        if (!row.namesWork()) {
            return null;
        }
        if (row.iswc() != null) {
            return "ISWC " + row.iswc();
        }
        return "TITLE " + SearchKey.of(row.title()) + " | "
                + row.writers().stream().map(this::partyKey).sorted().collect(Collectors.joining(", "));
    }

    static String recordingKey(CueRow row) {
        if (!row.namesRecording()) {
            return null;
        }
        return row.isrc() != null
                ? "ISRC " + row.isrc()
                : "REC " + SearchKey.of(row.title()) + " | " + SearchKey.of(row.artist());
    }

    private void collect(CueRow row) {
        row.writers().forEach(e -> party(e, PartyKind.PERSON, writerRole(e)));
        row.publishers().forEach(e -> party(e, PartyKind.ORGANISATION, PartyRole.PUBLISHER));
        row.owners().forEach(e -> party(e, PartyKind.ORGANISATION, PartyRole.RECORD_LABEL));
        String workKey = workKey(row);
        if (workKey != null) {
            plan.works.putIfAbsent(workKey, new CueListPlan.WorkSpec(row));
        }
        String recordingKey = recordingKey(row);
        if (recordingKey != null) {
            plan.recordings.putIfAbsent(recordingKey, new CueListPlan.RecordingSpec(row, workKey));
        }
    }

    private static PartyRole writerRole(ShareCell.Entry entry) {
        return entry.designation() == null || entry.designation().name().contains("C")
                ? PartyRole.COMPOSER
                : PartyRole.LYRICIST;
    }

    private void party(ShareCell.Entry entry, PartyKind kind, PartyRole role) {
        CueListPlan.PartySpec spec = plan.parties.computeIfAbsent(
                partyKey(entry),
                k -> new CueListPlan.PartySpec(entry.name(), kind, plan.partyMatcher.ipi(entry.name(), entry.ipi())));
        spec.roles.add(role);
        if (spec.society == null) {
            spec.society = entry.society();
        }
    }

    private void matchParties() {
        for (CueListPlan.PartySpec spec : plan.parties.values()) {
            Party found = plan.partyMatcher.existing(spec.name, spec.ipi);
            spec.existing = found;
            spec.id = found == null ? null : found.id;
        }
    }

    private void matchWorks() {
        List<String> iswcs = plan.works.values().stream()
                .map(w -> w.row.iswc())
                .filter(Objects::nonNull)
                .toList();
        Map<String, Work> byIswc = iswcs.isEmpty()
                ? Map.of()
                : Work.<Work>list("iswc in ?1", iswcs).stream().collect(Collectors.toMap(w -> w.iswc, w -> w));
        List<String> titles = plan.works.values().stream()
                .filter(w -> w.row.iswc() == null)
                .map(w -> SearchKey.of(w.row.title()))
                .distinct()
                .toList();
        List<Work> sameTitle = titles.isEmpty()
                ? List.of()
                : Work.list(
                        "select distinct w from Work w left join fetch w.writers where w.titleKey in ?1 order by w.id",
                        titles);
        for (CueListPlan.WorkSpec spec : plan.works.values()) {
            CueRow row = spec.row;
            Work found = row.iswc() != null
                    ? byIswc.get(row.iswc())
                    : sameTitle.stream()
                            .filter(w -> w.titleKey.equals(SearchKey.of(row.title())))
                            .filter(w -> writerIds(w).equals(rowWriterIds(row)))
                            .findFirst()
                            .orElse(null);
            spec.existing = found;
            spec.id = found == null ? null : found.id;
        }
    }

    private static List<Long> writerIds(Work work) {
        return work.writers.stream().map(w -> w.party.id).sorted().toList();
    }

    private List<Long> rowWriterIds(CueRow row) {
        List<Long> ids = new ArrayList<>();
        for (ShareCell.Entry entry : row.writers()) {
            Long id = plan.parties.get(partyKey(entry)).id;
            ids.add(id == null ? -1L : id);
        }
        ids.sort(Comparator.naturalOrder());
        return ids;
    }

    private void matchRecordings() {
        List<String> isrcs = plan.recordings.values().stream()
                .map(r -> r.row.isrc())
                .filter(Objects::nonNull)
                .toList();
        Map<String, Recording> byIsrc = isrcs.isEmpty()
                ? Map.of()
                : Recording.<Recording>list("isrc in ?1", isrcs).stream()
                        .collect(Collectors.toMap(r -> r.isrc, r -> r));
        List<String> titles = plan.recordings.values().stream()
                .filter(r -> r.row.isrc() == null)
                .map(r -> SearchKey.of(r.row.title()))
                .distinct()
                .toList();
        List<Recording> sameTitle = titles.isEmpty()
                ? List.of()
                : Recording.list(
                        "select r from Recording r left join fetch r.work where r.titleKey in ?1 order by r.id",
                        titles);
        for (CueListPlan.RecordingSpec spec : plan.recordings.values()) {
            CueRow row = spec.row;
            Recording found = row.isrc() != null
                    ? byIsrc.get(row.isrc())
                    : sameTitle.stream()
                            .filter(r -> r.titleKey.equals(SearchKey.of(row.title())))
                            .filter(r -> r.artistKey.equals(SearchKey.of(row.artist())))
                            .findFirst()
                            .orElse(null);
            spec.existing = found;
            spec.id = found == null ? null : found.id;
            CueListPlan.WorkSpec work = spec.workKey == null ? null : plan.works.get(spec.workKey);
            if (found != null && found.work != null && work != null && !Objects.equals(found.work.id, work.id)) {
                plan.problems.add(CueListProblem.error(
                        row.line(),
                        row.isrc() != null ? CueListColumn.ISRC.label() : CueListColumn.ARTIST.label(),
                        "The recording \"" + found.title + "\" is of the work " + found.work.identified()
                                + " in the catalogue, not of the composition this row describes: \"" + row.title()
                                + "\"" + rowWriters(row) + "."));
            }
        }
    }

    private static String rowWriters(CueRow row) {
        return row.iswc() != null
                ? " (ISWC "
                        + org.rightstracker.core.identifier.Iswc.parse(row.iswc())
                                .formatted() + ")"
                : row.writers().isEmpty()
                        ? ""
                        : " by "
                                + row.writers().stream()
                                        .map(ShareCell.Entry::name)
                                        .collect(Collectors.joining(", "));
    }

    private void planCues(List<CueRow> rows) {
        Map<String, Cue> existing = new HashMap<>();
        Cue.<Cue>list(
                        "select c from Cue c left join fetch c.work left join fetch c.recording where c.production = ?1",
                        plan.production)
                .forEach(c -> existing.put(c.number.toUpperCase(Locale.ROOT), c));
        for (CueRow row : rows) {
            if (row.number() == null) {
                continue;
            }
            Cue cue = existing.get(row.number().toUpperCase(Locale.ROOT));
            CueListPlan.CueState state = state(row, cue);
            List<String> changes = cue == null ? List.of() : changes(cue, state);
            RowAction action =
                    cue == null ? RowAction.CREATE : changes.isEmpty() ? RowAction.UNCHANGED : RowAction.UPDATE;
            plan.entries.add(new CueListPlan.Entry(row, cue, state, action, changes));
        }
    }

    private CueListPlan.CueState state(CueRow row, Cue cue) {
        CueOrigin origin = row.origin() != null
                ? row.origin()
                : cue != null ? cue.origin : row.namesRecording() ? CueOrigin.SOUNDTRACK : CueOrigin.SCORE;
        CueUsage usage = row.usage() != null ? row.usage() : cue != null ? cue.usage : CueUsage.BI;
        String in = keep(CueListColumn.IN, row.timecodeIn(), cue == null ? null : cue.timecodeIn);
        String out = keep(CueListColumn.OUT, row.timecodeOut(), cue == null ? null : cue.timecodeOut);
        Integer seconds =
                reader.has(CueListColumn.DURATION) ? row.durationSeconds() : cue == null ? null : cue.durationSeconds;
        return new CueListPlan.CueState(
                row.title(),
                origin,
                usage,
                in,
                out,
                seconds == null ? null : seconds + "s",
                keep(CueListColumn.SCENE, row.scene(), cue == null ? null : cue.scene),
                keep(CueListColumn.NOTES, row.notes(), cue == null ? null : cue.notes),
                workKey(row),
                recordingKey(row));
    }

    private String keep(CueListColumn column, String fromRow, String current) {
        return reader.has(column) ? fromRow : current;
    }

    private List<String> changes(Cue cue, CueListPlan.CueState state) {
        List<String> changes = new ArrayList<>();
        compare(changes, "title", cue.title, state.title());
        compare(changes, "origin", cue.origin, state.origin());
        compare(changes, "usage", cue.usage, state.usage());
        compare(changes, "timecode in", cue.timecodeIn, state.timecodeIn());
        compare(changes, "timecode out", cue.timecodeOut, state.timecodeOut());
        compare(changes, "duration", cue.durationSeconds, durationSeconds(state));
        compare(changes, "scene", cue.scene, state.scene());
        compare(changes, "notes", cue.notes, state.notes());
        if (state.workKey() != null) {
            Long wanted = plan.works.get(state.workKey()).id;
            compare(changes, "work", cue.work == null ? null : cue.work.id, wanted == null ? -1L : wanted);
        }
        if (state.recordingKey() != null) {
            Long wanted = plan.recordings.get(state.recordingKey()).id;
            compare(
                    changes,
                    "recording",
                    cue.recording == null ? null : cue.recording.id,
                    wanted == null ? -1L : wanted);
        }
        return List.copyOf(changes);
    }

    // The cue service derives the duration from the timecodes when both are set: compare with that.
    private Integer durationSeconds(CueListPlan.CueState state) {
        if (state.timecodeIn() != null && state.timecodeOut() != null) {
            var rate = plan.production.frameRate;
            Duration timed =
                    Timecode.parse(state.timecodeIn(), rate).durationUntil(Timecode.parse(state.timecodeOut(), rate));
            return (int) Math.round(timed.toMillis() / 1000.0);
        }
        return state.duration() == null
                ? null
                : Integer.parseInt(state.duration().replace("s", ""));
    }

    private static void compare(List<String> changes, String what, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(what);
        }
    }
}
