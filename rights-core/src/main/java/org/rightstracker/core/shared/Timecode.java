package org.rightstracker.core.shared;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point in the picture as HH:MM:SS:FF at a frame rate, counted non-drop-frame (see {@link FrameRate}
 * for why that is precise enough for cue sheets).
 */
public final class Timecode implements Comparable<Timecode> {

    // A semicolon before the frames marks drop-frame timecode. It is accepted and counted as
    // non-drop-frame: between a cue's in and out points the difference is a few frames at most, well
    // under the whole second a cue sheet reports.
    private static final Pattern FORM = Pattern.compile("([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:[:;]([0-9]{2}))?");
    private static final int HOURS_PER_DAY = 24;

    private final int hours;
    private final int minutes;
    private final int seconds;
    private final int frames;
    private final FrameRate rate;

    private Timecode(int hours, int minutes, int seconds, int frames, FrameRate rate) {
        this.hours = hours;
        this.minutes = minutes;
        this.seconds = seconds;
        this.frames = frames;
        this.rate = rate;
    }

    /** Reads "01:02:03:04", "01:02:03;04", or "01:02:03" for frame 0 of that second. */
    public static Timecode parse(String text, FrameRate rate) {
        Objects.requireNonNull(rate, "rate");
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("Timecode is empty; enter it as HH:MM:SS:FF, e.g. 01:02:03:04.");
        }
        String shown = text.strip();
        Matcher parts = FORM.matcher(shown);
        if (!parts.matches()) {
            throw new InvalidValueException(
                    "Timecode '" + shown + "' is not in the form HH:MM:SS:FF, e.g. 01:02:03:04.");
        }
        int hours = Integer.parseInt(parts.group(1));
        int minutes = Integer.parseInt(parts.group(2));
        int seconds = Integer.parseInt(parts.group(3));
        int frames = parts.group(4) == null ? 0 : Integer.parseInt(parts.group(4));
        if (hours >= HOURS_PER_DAY) {
            throw new InvalidValueException("Timecode " + shown + " has hour " + hours + "; hours run 00 to 23.");
        }
        if (minutes >= 60) {
            throw new InvalidValueException("Timecode " + shown + " has minute " + minutes + "; minutes run 00 to 59.");
        }
        if (seconds >= 60) {
            throw new InvalidValueException("Timecode " + shown + " has second " + seconds + "; seconds run 00 to 59.");
        }
        if (frames >= rate.nominalFrames()) {
            throw new InvalidValueException("Timecode " + shown + " has frame " + frames + "; at " + rate
                    + " frames run 00 to " + (rate.nominalFrames() - 1) + ".");
        }
        return new Timecode(hours, minutes, seconds, frames, rate);
    }

    /** The timecode that many frames after 00:00:00:00. */
    public static Timecode ofFrames(long frames, FrameRate rate) {
        Objects.requireNonNull(rate, "rate");
        long perSecond = rate.nominalFrames();
        long perDay = HOURS_PER_DAY * 3600L * perSecond;
        if (frames < 0 || frames >= perDay) {
            throw new InvalidValueException(
                    "Frame count " + frames + " is outside one day of timecode at " + rate + ".");
        }
        long totalSeconds = frames / perSecond;
        return new Timecode(
                (int) (totalSeconds / 3600),
                (int) (totalSeconds / 60 % 60),
                (int) (totalSeconds % 60),
                (int) (frames % perSecond),
                rate);
    }

    public int hours() {
        return hours;
    }

    public int minutes() {
        return minutes;
    }

    public int seconds() {
        return seconds;
    }

    public int frames() {
        return frames;
    }

    public FrameRate rate() {
        return rate;
    }

    /** Frames since 00:00:00:00, counted at the nominal rate. */
    public long totalFrames() {
        return ((hours * 60L + minutes) * 60L + seconds) * rate.nominalFrames() + frames;
    }

    /**
     * How long the picture runs from this timecode (in) to {@code out}, to the nearest millisecond.
     *
     * @throws InvalidValueException if {@code out} is not after this timecode
     */
    public Duration durationUntil(Timecode out) {
        requireSameRate(out);
        long frameCount = out.totalFrames() - totalFrames();
        if (frameCount <= 0) {
            throw new InvalidValueException("Timecode out " + out + " must be after timecode in " + this + ".");
        }
        long perSecond = rate.nominalFrames();
        long millis = (frameCount * 1000 + perSecond / 2) / perSecond;
        return Duration.ofMillis(millis);
    }

    private void requireSameRate(Timecode other) {
        if (rate != other.rate) {
            throw new IllegalArgumentException(
                    "Cannot compare timecode " + this + " at " + rate + " with " + other + " at " + other.rate + ".");
        }
    }

    /** Orders timecodes at the same rate; timecodes at different rates cannot be ordered. */
    @Override
    public int compareTo(Timecode other) {
        requireSameRate(other);
        return Long.compare(totalFrames(), other.totalFrames());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Timecode that
                && hours == that.hours
                && minutes == that.minutes
                && seconds == that.seconds
                && frames == that.frames
                && rate == that.rate;
    }

    @Override
    public int hashCode() {
        return Objects.hash(hours, minutes, seconds, frames, rate);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%02d:%02d:%02d:%02d", hours, minutes, seconds, frames);
    }
}
