package org.rightstracker.core.importing.edl;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rightstracker.core.shared.FrameRate;
import org.rightstracker.core.shared.InvalidValueException;

/**
 * Timecode as an edit decision list writes it, turned into frame counts and back. Non-drop-frame counts
 * every label; drop-frame (29.97 and 59.94 only) skips the first two (four) frame labels of every minute
 * except each tenth, so that the label keeps pace with the clock. Unlike the product's {@code Timecode},
 * which files a cue's labels, this counts frames exactly, because merging events needs exact adjacency.
 */
final class EdlTimecodes {

    // ';', '.' and ',' before the frames are the separators editing systems use for drop-frame labels.
    private static final Pattern FORM = Pattern.compile("([0-9]{2}):([0-9]{2}):([0-9]{2})([:;.,])([0-9]{2})");

    private final FrameRate rate;
    private final boolean dropFrame;

    private EdlTimecodes(FrameRate rate, boolean dropFrame) {
        this.rate = rate;
        this.dropFrame = dropFrame;
    }

    /** Drop-frame counting exists only for the NTSC rates with a whole nominal rate of 30 or 60. */
    static boolean dropFrameApplies(FrameRate rate) {
        return rate == FrameRate.FPS_29_97 || rate == FrameRate.FPS_59_94;
    }

    static EdlTimecodes of(FrameRate rate, boolean dropFrame) {
        return new EdlTimecodes(rate, dropFrame && dropFrameApplies(rate));
    }

    boolean dropFrame() {
        return dropFrame;
    }

    private int dropped() {
        return rate.nominalFrames() / 15;
    }

    /** Frames since 00:00:00:00 for a label. */
    long frames(String label) {
        Matcher parts = FORM.matcher(label);
        if (!parts.matches()) {
            throw new InvalidValueException("'" + label + "' is not a timecode HH:MM:SS:FF.");
        }
        int hours = Integer.parseInt(parts.group(1));
        int minutes = Integer.parseInt(parts.group(2));
        int seconds = Integer.parseInt(parts.group(3));
        int frames = Integer.parseInt(parts.group(5));
        if (hours > 23 || minutes > 59 || seconds > 59) {
            throw new InvalidValueException(
                    "Timecode " + label + " is not a time of day (hours 00–23, minutes and seconds 00–59).");
        }
        int nominal = rate.nominalFrames();
        if (frames >= nominal) {
            throw new InvalidValueException("Timecode " + label + " has frame " + frames + "; at " + rate
                    + " frames run 00 to " + (nominal - 1) + ".");
        }
        long total = ((hours * 60L + minutes) * 60L + seconds) * nominal + frames;
        if (!dropFrame) {
            return total;
        }
        if (seconds == 0 && minutes % 10 != 0 && frames < dropped()) {
            throw new InvalidValueException(
                    "Timecode " + label + " does not exist in drop-frame counting: frames 00 to "
                            + String.format(Locale.ROOT, "%02d", dropped() - 1)
                            + " are skipped at the start of each minute except every tenth.");
        }
        long totalMinutes = hours * 60L + minutes;
        return total - dropped() * (totalMinutes - totalMinutes / 10);
    }

    /** The label of a frame count, with ';' before the frames in drop-frame counting. */
    String label(long frames) {
        int nominal = rate.nominalFrames();
        long number = frames;
        if (dropFrame) {
            long perTenMinutes = 600L * nominal - 9L * dropped();
            long perMinute = 60L * nominal - dropped();
            long tens = frames / perTenMinutes;
            long rest = frames % perTenMinutes;
            long skipped = 9L * dropped() * tens;
            if (rest >= dropped()) {
                skipped += dropped() * ((rest - dropped()) / perMinute);
            }
            number = frames + skipped;
        }
        long totalSeconds = number / nominal;
        return String.format(
                Locale.ROOT,
                "%02d:%02d:%02d%s%02d",
                totalSeconds / 3600 % 24,
                totalSeconds / 60 % 60,
                totalSeconds % 60,
                dropFrame ? ";" : ":",
                number % nominal);
    }

    /** The label of a frame count as the product files cue timecodes: always ':' before the frames. */
    String filedLabel(long frames) {
        return label(frames).replace(';', ':');
    }
}
