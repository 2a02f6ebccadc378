package org.rightstracker.core.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The frame rate a picture is cut at, which decides how many frames make up a second of timecode.
 *
 * <p>Timecode here is counted non-drop-frame at the nominal rate (30 frames to the second for 29.97),
 * and durations ignore the 0.1% pull-down of the NTSC-derived rates. Cue sheets report timings in
 * whole seconds, and over a cue of a few minutes the pull-down amounts to a fraction of a second, so
 * the simpler arithmetic gives the same filed timing.
 */
public enum FrameRate {
    FPS_23_976("23.976", 24),
    FPS_24("24", 24),
    FPS_25("25", 25),
    FPS_29_97("29.97", 30),
    FPS_30("30", 30),
    FPS_50("50", 50),
    FPS_59_94("59.94", 60),
    FPS_60("60", 60);

    private final String label;
    private final int nominalFrames;

    FrameRate(String label, int nominalFrames) {
        this.label = label;
        this.nominalFrames = nominalFrames;
    }

    /** Frames in one second of timecode: 24 for 23.976, 30 for 29.97. */
    public int nominalFrames() {
        return nominalFrames;
    }

    /** The rate as editors write it, e.g. "23.976" or "25". */
    public String label() {
        return label;
    }

    /**
     * Reads a frame rate as written in an edit decision list or a form: "23.976", "24", "25 fps" or the
     * constant name "FPS_24". "23.98" is accepted too, since many editing systems round 23.976 that way.
     */
    public static FrameRate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("Frame rate is empty; use one of " + labels() + ".");
        }
        String shown = text.strip();
        String normalised = shown.toUpperCase(Locale.ROOT);
        for (FrameRate rate : values()) {
            if (rate.name().equals(normalised)) {
                return rate;
            }
        }
        String number = normalised.endsWith("FPS")
                ? normalised.substring(0, normalised.length() - 3).strip()
                : normalised;
        if (number.equals("23.98")) {
            return FPS_23_976;
        }
        for (FrameRate rate : values()) {
            if (rate.label.equals(number)) {
                return rate;
            }
        }
        throw new InvalidValueException("Unknown frame rate '" + shown + "'; use one of " + labels() + ".");
    }

    private static String labels() {
        return Arrays.stream(values()).map(FrameRate::label).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return label + " fps";
    }
}
