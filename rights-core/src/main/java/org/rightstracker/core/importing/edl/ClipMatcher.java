package org.rightstracker.core.importing.edl;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rightstracker.core.identifier.Isrc;
import org.rightstracker.core.recording.Recording;

/**
 * Finds the recording a clip plays: the supervisor's link made now, an ISRC in the clip name, a link
 * remembered from an earlier cut, or a single recording whose title reads the same (case, accents and
 * punctuation ignored), in that order. Titles are read once per import in one statement.
 */
final class ClipMatcher {

    record Match(Recording recording, String by) {}

    private final Map<String, List<Long>> titles = new HashMap<>();

    ClipMatcher(EntityManager entityManager) {
        List<Object[]> rows = entityManager
                .createQuery("select r.id, r.title from Recording r", Object[].class)
                .getResultList();
        for (Object[] row : rows) {
            titles.computeIfAbsent(ClipNames.key((String) row[1]), k -> new ArrayList<>())
                    .add((Long) row[0]);
        }
    }

    /** The match, or null with the reason added to {@code unmatched}. */
    Match match(ClipCue clip, Map<String, Long> links, List<EdlProblem> problems, List<UnmatchedClip> unmatched) {
        Long linked = links.get(clip.key());
        if (linked != null) {
            Recording recording = Recording.findById(linked);
            if (recording != null) {
                return new Match(recording, "linked now");
            }
            problems.add(EdlProblem.error(
                    clip.firstLine(),
                    "Recording " + linked + " chosen for clip '" + clip.clipName() + "' does not exist."));
        }
        Optional<Isrc> isrc = ClipNames.isrc(clip.clipName());
        if (isrc.isPresent()) {
            Optional<Recording> byIsrc = Recording.findByIsrc(isrc.get().value());
            if (byIsrc.isPresent()) {
                return new Match(byIsrc.get(), "ISRC " + isrc.get().formatted());
            }
        }
        Optional<ClipAlias> alias = ClipAlias.findByKey(clip.key());
        if (alias.isPresent()) {
            return new Match(alias.get().recording, "remembered link");
        }
        List<Long> sameTitle = titles.getOrDefault(ClipNames.key(ClipNames.title(clip.clipName())), List.of());
        if (sameTitle.size() == 1) {
            return new Match(Recording.findById(sameTitle.get(0)), "title");
        }
        String reason = sameTitle.isEmpty()
                ? isrc.map(i -> "no recording has ISRC " + i.formatted() + " or this title")
                        .orElse("no recording has this title")
                : sameTitle.size() + " recordings have this title";
        unmatched.add(new UnmatchedClip(clip.key(), clip.clipName(), clip.firstLine(), reason));
        problems.add(EdlProblem.warning(
                clip.firstLine(),
                "Clip '" + clip.clipName() + "' is not matched to a recording (" + reason
                        + "); link one, or its cue is imported without a recording."));
        return null;
    }
}
