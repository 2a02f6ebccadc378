package org.rightstracker.bench.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.rightstracker.core.cue.CueOrigin;

/**
 * What the generator wrote: rows per table, and the ids the load client needs (the large and small
 * productions, a cue to show, the bench supervisor's productions and cues it may edit).
 *
 * @param rows rows written per table
 * @param largeProduction id of the large production (the page targets)
 * @param smallProduction id of the small production (statements per page compared with the large one)
 * @param sampleCue a soundtrack cue of the large production with several clearance items
 * @param memberProductions productions the bench supervisor belongs to
 * @param editableCues cues with clearance items on the bench supervisor's other productions, for the write mix
 * @param benchUser the bench supervisor's user name
 */
public record GeneratedData(
        Map<String, Integer> rows,
        long largeProduction,
        long smallProduction,
        long sampleCue,
        List<Long> memberProductions,
        List<Long> editableCues,
        String benchUser) {

    private static final int EDITABLE_CUES = 256;

    /** The ids as properties, for {@code rights-bench load --ids FILE}. */
    public Properties ids() {
        Properties ids = new Properties();
        ids.setProperty("large.production", Long.toString(largeProduction));
        ids.setProperty("small.production", Long.toString(smallProduction));
        ids.setProperty("sample.cue", Long.toString(sampleCue));
        ids.setProperty("member.productions", join(memberProductions));
        ids.setProperty("editable.cues", join(editableCues));
        ids.setProperty("bench.user", benchUser);
        rows.forEach((table, count) -> ids.setProperty("rows." + table, Integer.toString(count)));
        return ids;
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** Collects the ids while the generator runs. */
    static final class Builder {
        private final int memberCount;
        private final List<Long> members = new ArrayList<>();
        private final Map<Integer, List<Long>> editableByProduction = new TreeMap<>();
        private Map<String, Integer> rows;
        private long large;
        private long small;
        private long sampleCue;
        private String benchUser;

        /** {@code memberCount}: the bench supervisor is on the team of the first this many productions. */
        Builder(int memberCount) {
            this.memberCount = memberCount;
        }

        Builder counts(Map<String, Integer> counts) {
            this.rows = counts;
            return this;
        }

        void largeProduction(long id) {
            large = id;
        }

        void smallProduction(long id) {
            small = id;
        }

        void memberProduction(long id) {
            members.add(id);
        }

        void benchUser(String name) {
            benchUser = name;
        }

        /**
         * Notes a cue. The first soundtrack cue of the large production with three or more items is the
         * one the cue page shows; cues with items on the supervisor's other productions may be edited.
         */
        void cue(int productionIndex, long cue, CueOrigin origin, int items) {
            if (productionIndex == 0 && sampleCue == 0 && origin == CueOrigin.SOUNDTRACK && items >= 3) {
                sampleCue = cue;
            }
            if (productionIndex >= 1 && productionIndex < memberCount && items > 0) {
                editableByProduction
                        .computeIfAbsent(productionIndex, p -> new ArrayList<>())
                        .add(cue);
            }
        }

        /** Editable cues are dealt round the productions, so concurrent writers spread over every team. */
        GeneratedData build() {
            List<Long> editable = new ArrayList<>();
            for (int round = 0; editable.size() < EDITABLE_CUES; round++) {
                int before = editable.size();
                for (List<Long> cues : editableByProduction.values()) {
                    if (round < cues.size() && editable.size() < EDITABLE_CUES) {
                        editable.add(cues.get(round));
                    }
                }
                if (editable.size() == before) {
                    break;
                }
            }
            return new GeneratedData(
                    Collections.unmodifiableMap(new LinkedHashMap<>(rows)),
                    large,
                    small,
                    sampleCue,
                    List.copyOf(members),
                    List.copyOf(editable),
                    benchUser);
        }
    }
}
