package org.rightstracker.core.importing.edl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a list's audio events into music cues: only audio events count, events of no length (the outgoing
 * side of a dissolve) and black are skipped, and the events of one clip that touch or overlap — across
 * audio tracks too — merge into one cue running from the earliest record in to the latest record out.
 */
public final class ClipCues {

    private ClipCues() {}

    public static List<ClipCue> of(EdlDocument document) {
        Map<String, List<EdlEvent>> byClip = new LinkedHashMap<>();
        for (EdlEvent event : document.events()) {
            if (!event.isAudio() || event.recordOut() <= event.recordIn() || isBlack(event)) {
                continue;
            }
            byClip.computeIfAbsent(ClipNames.key(event.clip()), k -> new ArrayList<>())
                    .add(event);
        }
        List<ClipCue> cues = new ArrayList<>();
        for (List<EdlEvent> events : byClip.values()) {
            events.sort(Comparator.comparingLong(EdlEvent::recordIn).thenComparingInt(EdlEvent::line));
            List<EdlEvent> run = new ArrayList<>();
            long runOut = -1;
            for (EdlEvent event : events) {
                if (!run.isEmpty() && event.recordIn() > runOut) {
                    cues.add(merged(run, document));
                    run = new ArrayList<>();
                }
                run.add(event);
                runOut = Math.max(runOut, event.recordOut());
            }
            cues.add(merged(run, document));
        }
        cues.sort(Comparator.comparingLong(ClipCue::recordIn).thenComparingInt(ClipCue::firstLine));
        return cues;
    }

    private static boolean isBlack(EdlEvent event) {
        return event.clipName() == null
                && (event.reel().equalsIgnoreCase("BL") || event.reel().equalsIgnoreCase("BLK"));
    }

    private static ClipCue merged(List<EdlEvent> run, EdlDocument document) {
        EdlEvent first = run.get(0);
        String usage = run.stream()
                .map(EdlEvent::usageCode)
                .filter(u -> u != null)
                .findFirst()
                .orElse(null);
        long in = run.stream().mapToLong(EdlEvent::recordIn).min().orElseThrow();
        long out = run.stream().mapToLong(EdlEvent::recordOut).max().orElseThrow();
        List<Integer> lines = run.stream().map(EdlEvent::line).sorted().toList();
        return new ClipCue(first.clip(), usage, lines, in, out, document.rate(), first.dropFrame());
    }
}
