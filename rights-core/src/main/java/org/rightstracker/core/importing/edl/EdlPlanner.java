package org.rightstracker.core.importing.edl;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueInput;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.shared.FrameRate;
import org.rightstracker.core.shared.InvalidValueException;
import org.rightstracker.core.shared.RunningTime;
import org.rightstracker.core.shared.TextLimit;
import org.rightstracker.core.shared.Timecode;

/**
 * Pairs the cut's clips with the production's cues and decides each cue's action. A clip keeps the cue of
 * the same recording (or, without one, of the same title) nearest in time, so a matched cue keeps its
 * number; clips left over are new cues numbered reel-M-cue after the reel's highest number (the reel is
 * the hour of the record timecode); active cues left over were dropped from the cut and become inactive.
 */
final class EdlPlanner {

    private static final Pattern REEL_NUMBER = Pattern.compile("(\\d+)M(\\d+)", Pattern.CASE_INSENSITIVE);

    private EdlPlanner() {}

    static void plan(EdlPlan plan, List<Cue> cues, ClipMatcher matcher, Map<String, Long> links) {
        FrameRate rate = plan.production.frameRate;
        Set<Cue> used = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        cues.forEach(c -> numbers.add(c.number.toUpperCase(Locale.ROOT)));
        for (ClipCue clip : ClipCues.of(plan.document)) {
            ClipMatcher.Match match = matcher.match(clip, links, plan.problems, plan.unmatched);
            String title = match != null ? match.recording().title : ClipNames.title(clip.clipName());
            Cue existing = pair(clip, match, title, cues, used, rate);
            EdlPlan.Entry entry = new EdlPlan.Entry(
                    clip, existing, match == null ? null : match.recording(), match == null ? null : match.by());
            if (existing == null) {
                added(entry, cut(title), nextNumber(clip, numbers, rate), rate);
            } else {
                used.add(existing);
                kept(entry, rate);
            }
            plan.entries.add(entry);
        }
        for (Cue cue : cues) {
            if (cue.active && !used.contains(cue)) {
                EdlPlan.Entry entry = new EdlPlan.Entry(null, cue, cue.recording, null);
                entry.action = EdlAction.REMOVED;
                entry.timingBefore = timing(cue.timecodeIn, cue.timecodeOut, cue.durationSeconds, rate);
                entry.usageBefore = cue.usage.name();
                entry.usageAfter = cue.usage.name();
                entry.changes.add("not in this cut");
                entry.input = input(cue, cue.usage, cue.timecodeIn, cue.timecodeOut, false);
                plan.entries.add(entry);
            }
        }
    }

    private static Cue pair(
            ClipCue clip, ClipMatcher.Match match, String title, List<Cue> cues, Set<Cue> used, FrameRate rate) {
        String titleKey = ClipNames.key(title);
        long at = seconds(clip.timecodeIn(rate), rate);
        return cues.stream()
                .filter(c -> !used.contains(c))
                .filter(c -> match != null && c.recording != null
                        ? Objects.equals(c.recording.id, match.recording().id)
                        : c.recording == null && ClipNames.key(c.title).equals(titleKey))
                .min(Comparator.comparing((Cue c) -> !c.active)
                        .thenComparingLong(c ->
                                c.timecodeIn == null ? Long.MAX_VALUE : Math.abs(seconds(c.timecodeIn, rate) - at)))
                .orElse(null);
    }

    private static void added(EdlPlan.Entry entry, String title, String number, FrameRate rate) {
        ClipCue clip = entry.clip;
        CueUsage usage = clip.usageCode() == null ? CueUsage.BI : CueUsage.valueOf(clip.usageCode());
        entry.action = EdlAction.NEW;
        entry.timingAfter = timing(clip.timecodeIn(rate), clip.timecodeOut(rate), null, rate);
        entry.usageAfter = usage.name();
        Long recordingId = entry.recording == null ? null : entry.recording.id;
        entry.input = new CueInput(
                number,
                title,
                CueOrigin.SOUNDTRACK,
                usage,
                clip.timecodeIn(rate),
                clip.timecodeOut(rate),
                null,
                null,
                null,
                null,
                null,
                null,
                recordingId,
                true);
    }

    private static void kept(EdlPlan.Entry entry, FrameRate rate) {
        Cue cue = entry.existing;
        ClipCue clip = entry.clip;
        CueUsage usage = clip.usageCode() == null ? cue.usage : CueUsage.valueOf(clip.usageCode());
        String in = clip.timecodeIn(rate);
        String out = clip.timecodeOut(rate);
        entry.timingBefore = timing(cue.timecodeIn, cue.timecodeOut, cue.durationSeconds, rate);
        entry.timingAfter = timing(in, out, null, rate);
        entry.usageBefore = cue.usage.name();
        entry.usageAfter = usage.name();
        if (!cue.active) {
            entry.changes.add("back in the cut");
        }
        if (!in.equals(cue.timecodeIn) || !out.equals(cue.timecodeOut)) {
            entry.changes.add("retimed " + entry.timingBefore + " → " + entry.timingAfter);
        }
        if (usage != cue.usage) {
            entry.changes.add("usage " + cue.usage.name() + " → " + usage.name());
        }
        entry.action =
                !cue.active ? EdlAction.RESTORED : entry.changes.isEmpty() ? EdlAction.UNCHANGED : EdlAction.CHANGED;
        entry.input = entry.action == EdlAction.UNCHANGED ? null : input(cue, usage, in, out, true);
    }

    static CueInput input(Cue cue, CueUsage usage, String in, String out, boolean active) {
        String duration = in != null && out != null || cue.durationSeconds == null
                ? null
                : RunningTime.format(Duration.ofSeconds(cue.durationSeconds));
        return new CueInput(
                cue.number,
                cue.title,
                cue.origin,
                usage,
                in,
                out,
                duration,
                cue.scene,
                cue.moods,
                cue.styles,
                cue.notes,
                cue.work == null ? null : cue.work.id,
                cue.recording == null ? null : cue.recording.id,
                active);
    }

    private static String nextNumber(ClipCue clip, Set<String> numbers, FrameRate rate) {
        int reel = Math.max(1, Timecode.parse(clip.timecodeIn(rate), rate).hours());
        int highest = 0;
        for (String number : numbers) {
            Matcher m = REEL_NUMBER.matcher(number);
            if (m.matches() && Integer.parseInt(m.group(1)) == reel) {
                highest = Math.max(highest, Integer.parseInt(m.group(2)));
            }
        }
        String number = reel + "M" + (highest + 1);
        numbers.add(number);
        return number;
    }

    /** "01:00:00:00–01:00:30:00 (0:30)", or the duration alone for a cue typed without timecodes. */
    static String timing(String in, String out, Integer durationSeconds, FrameRate rate) {
        if (in == null || out == null) {
            return durationSeconds == null ? "untimed" : RunningTime.format(Duration.ofSeconds(durationSeconds));
        }
        return in + "–" + out + " (" + length(in, out, rate) + ")";
    }

    private static String length(String in, String out, FrameRate rate) {
        try {
            return RunningTime.format(Timecode.parse(in, rate).durationUntil(Timecode.parse(out, rate)));
        } catch (InvalidValueException e) {
            return "?";
        }
    }

    private static long seconds(String label, FrameRate rate) {
        try {
            return Timecode.parse(label, rate).totalFrames() / rate.nominalFrames();
        } catch (InvalidValueException e) {
            return Long.MAX_VALUE / 2;
        }
    }

    private static String cut(String title) {
        int max = TextLimit.CUE_TITLE.max();
        return title.length() <= max ? title : title.substring(0, max);
    }
}
