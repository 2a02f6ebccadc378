package org.rightstracker.core.importing.cuelist;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rightstracker.core.catalogue.PartyMatcher;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyKind;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.work.Work;

/**
 * Everything a cue list will write, matched against the catalogue: parties, works and recordings that
 * exist (linked as they are) or will be created, and each cue's wanted state. Built by
 * {@link CueListPlanner}, written by {@link CueListImport}.
 */
final class CueListPlan {

    static final class PartySpec {
        final String name;
        final PartyKind kind;
        String ipi;
        String society;
        final Set<PartyRole> roles = EnumSet.noneOf(PartyRole.class);
        Party existing;
        Long id;

        PartySpec(String name, PartyKind kind, String ipi) {
            this.name = name;
            this.kind = kind;
            this.ipi = ipi;
        }
    }

    static final class WorkSpec {
        final CueRow row;
        Work existing;
        Long id;

        WorkSpec(CueRow row) {
            this.row = row;
        }
    }

    static final class RecordingSpec {
        final CueRow row;
        final String workKey;
        Recording existing;
        Long id;

        RecordingSpec(CueRow row, String workKey) {
            this.row = row;
            this.workKey = workKey;
        }
    }

    /** A cue as the row wants it; work and recording by their plan keys (null keeps the cue's own). */
    record CueState(
            String title,
            CueOrigin origin,
            CueUsage usage,
            String timecodeIn,
            String timecodeOut,
            String duration,
            String scene,
            String notes,
            String workKey,
            String recordingKey) {}

    record Entry(CueRow row, Cue existing, CueState state, RowAction action, List<String> changes) {}

    final Production production;
    final Map<String, PartySpec> parties = new LinkedHashMap<>();
    final Map<String, WorkSpec> works = new LinkedHashMap<>();
    final Map<String, RecordingSpec> recordings = new LinkedHashMap<>();
    final List<Entry> entries = new ArrayList<>();
    final List<CueListProblem> problems;
    PartyMatcher partyMatcher;

    /** The key of the party an entry names: every import decides who is who by {@link PartyMatcher}. */
    String partyKey(ShareCell.Entry entry) {
        return partyMatcher.key(entry.name(), entry.ipi());
    }

    CueListPlan(Production production, List<CueListProblem> problems) {
        this.production = production;
        this.problems = problems;
    }
}
