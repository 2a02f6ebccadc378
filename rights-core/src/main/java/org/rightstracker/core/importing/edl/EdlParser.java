package org.rightstracker.core.importing.edl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.shared.FrameRate;
import org.rightstracker.core.shared.InvalidValueException;

/**
 * Reads a CMX 3600 edit decision list (docs/EDL-IMPORT.md): TITLE and FCM lines, event lines with their
 * transitions and four timecodes, the clip-name comments that follow them, M2 speed lines. Pure: it never
 * throws on content; whatever it cannot read becomes a problem on its line.
 */
public final class EdlParser {

    private static final Pattern EVENT_NUMBER = Pattern.compile("[0-9]{1,6}");
    private static final Pattern TIMECODE = Pattern.compile("[0-9]{2}:[0-9]{2}:[0-9]{2}[:;.,][0-9]{2}");
    private static final Pattern TRANSITION =
            Pattern.compile("C|D|W[0-9]{3}|K|KB|KO|K[0-9]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLIP_NAME =
            Pattern.compile("\\*\\s*(FROM|TO) CLIP NAME:\\s*(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern USAGE_COMMENT =
            Pattern.compile("\\*\\s*USAGE:\\s*(\\S+)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern USAGE_TAG = Pattern.compile("(.*?)\\s*\\[([A-Za-z]{2,4})\\]\\s*");

    private final FrameRate rate;
    private final List<EdlEvent> events = new ArrayList<>();
    private final List<EdlProblem> problems = new ArrayList<>();
    private String title;
    private boolean dropFrame;
    private boolean warnedDropFrame;
    // Indexes into events of the lines of the event being read, so that its comments find them.
    private final List<Integer> current = new ArrayList<>();
    private String currentNumber;

    private EdlParser(FrameRate rate) {
        this.rate = rate;
    }

    /** Reads a whole list at the frame rate chosen for the import. */
    public static EdlDocument parse(String text, FrameRate rate) {
        EdlParser parser = new EdlParser(rate);
        String[] lines = (text == null ? "" : text).split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            parser.read(i + 1, lines[i].replace("\uFEFF", ""));
        }
        if (parser.events.isEmpty()) {
            parser.problems.add(EdlProblem.error(1, "The list has no event lines; is this a CMX 3600 EDL?"));
        }
        parser.problems.sort(java.util.Comparator.comparingInt(EdlProblem::line));
        return new EdlDocument(parser.title, rate, parser.events, parser.problems);
    }

    private void read(int line, String raw) {
        String text = raw.strip();
        if (text.isEmpty()) {
            return;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.startsWith("TITLE:")) {
            title = text.substring(6).strip();
        } else if (upper.startsWith("FCM:")) {
            frameCodeMode(line, upper.substring(4).strip());
        } else if (text.startsWith("*")) {
            comment(text);
        } else if (upper.startsWith("M2 ") || upper.equals("M2")) {
            speed(line, text);
        } else if (upper.startsWith("AUD")
                || upper.startsWith("SPLIT:")
                || upper.startsWith(">>>")
                || upper.startsWith("EFFECTS NAME")) {
            // Extra audio channels, split edits and effect names do not change when or what music plays.
        } else if (EVENT_NUMBER.matcher(text.split("\\s+")[0]).matches()) {
            event(line, text);
        } else {
            problems.add(EdlProblem.warning(line, "Unknown record '" + shorten(text) + "' ignored."));
        }
    }

    private void frameCodeMode(int line, String mode) {
        if (mode.equals("DROP FRAME")) {
            dropFrame = true;
            if (!EdlTimecodes.dropFrameApplies(rate) && !warnedDropFrame) {
                warnedDropFrame = true;
                problems.add(EdlProblem.warning(
                        line,
                        "Drop frame exists only at 29.97 and 59.94 fps; at " + rate
                                + " the timecodes are counted non-drop."));
            }
        } else if (mode.equals("NON-DROP FRAME") || mode.equals("NON DROP FRAME")) {
            dropFrame = false;
        } else {
            problems.add(EdlProblem.error(line, "FCM '" + mode + "' is neither DROP FRAME nor NON-DROP FRAME."));
        }
    }

    private void comment(String text) {
        if (current.isEmpty()) {
            return;
        }
        Matcher clip = CLIP_NAME.matcher(text);
        if (clip.matches()) {
            String name = clip.group(2).strip();
            if (name.isEmpty()) {
                return;
            }
            boolean from = clip.group(1).equalsIgnoreCase("FROM");
            int index = from ? current.get(0) : current.get(current.size() - 1);
            EdlEvent event = events.get(index);
            Matcher tag = USAGE_TAG.matcher(name);
            if (tag.matches() && usage(tag.group(2)) != null) {
                event = event.withUsage(usage(tag.group(2)));
                name = tag.group(1);
            }
            events.set(index, event.named(name));
            return;
        }
        Matcher usage = USAGE_COMMENT.matcher(text);
        if (usage.matches() && usage(usage.group(1)) != null) {
            for (int index : current) {
                events.set(index, events.get(index).withUsage(usage(usage.group(1))));
            }
        }
    }

    private static String usage(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        return Arrays.stream(CueUsage.values()).anyMatch(u -> u.name().equals(upper)) ? upper : null;
    }

    private void speed(int line, String text) {
        String[] parts = text.split("\\s+");
        if (parts.length < 4 || !TIMECODE.matcher(parts[parts.length - 1]).matches()) {
            problems.add(EdlProblem.warning(line, "Speed change line (M2) could not be read; ignored."));
        }
        // The record timecodes already say where and how long the clip plays, whatever its speed.
    }

    private void event(int line, String text) {
        String[] tokens = text.split("\\s+");
        if (tokens.length < 8) {
            refuse(
                    line,
                    "Event line has " + tokens.length
                            + " fields; an event needs number, reel, track, transition and four timecodes.");
            return;
        }
        int n = tokens.length;
        for (int i = n - 4; i < n; i++) {
            if (!TIMECODE.matcher(tokens[i]).matches()) {
                refuse(
                        line,
                        "Bad timecode '" + shorten(tokens[i]) + "' in field " + (i + 1)
                                + "; timecodes read HH:MM:SS:FF (or HH:MM:SS;FF in drop frame).");
                return;
            }
        }
        int end = n - 4;
        Integer transitionFrames = null;
        if (end - 1 >= 3
                && tokens[end - 1].matches("[0-9]{1,4}")
                && TRANSITION.matcher(tokens[end - 2]).matches()
                && !tokens[end - 2].equalsIgnoreCase("C")) {
            transitionFrames = Integer.parseInt(tokens[end - 1]);
            end--;
        }
        String transition = tokens[end - 1];
        if (!TRANSITION.matcher(transition).matches()) {
            refuse(
                    line,
                    "Unknown transition '" + shorten(transition)
                            + "'; expected C (cut), D (dissolve), Wnnn (wipe) or K (key).");
            return;
        }
        if (end - 2 < 2) {
            refuse(line, "Event line has no reel name before its track.");
            return;
        }
        String track = tokens[end - 2];
        String reel = String.join(" ", Arrays.asList(tokens).subList(1, end - 2));
        EdlTimecodes counting = EdlTimecodes.of(rate, dropFrame);
        long[] frames = new long[4];
        for (int i = 0; i < 4; i++) {
            try {
                frames[i] = counting.frames(tokens[n - 4 + i]);
            } catch (InvalidValueException e) {
                refuse(line, "Bad timecode: " + e.getMessage());
                return;
            }
        }
        if (frames[1] < frames[0]) {
            refuse(line, "Source out " + tokens[n - 3] + " is before source in " + tokens[n - 4] + ".");
            return;
        }
        if (frames[3] < frames[2]) {
            refuse(line, "Record out " + tokens[n - 1] + " is before record in " + tokens[n - 2] + ".");
            return;
        }
        String number = tokens[0];
        if (!number.equals(currentNumber)) {
            current.clear();
            currentNumber = number;
        }
        events.add(new EdlEvent(
                line,
                number,
                reel,
                track.toUpperCase(Locale.ROOT),
                transition.toUpperCase(Locale.ROOT),
                transitionFrames,
                frames[0],
                frames[1],
                frames[2],
                frames[3],
                counting.dropFrame(),
                null,
                null));
        current.add(events.size() - 1);
    }

    // A line that cannot be read ends its event: comments after it must not name an earlier line.
    private void refuse(int line, String message) {
        problems.add(EdlProblem.error(line, message));
        current.clear();
        currentNumber = null;
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
