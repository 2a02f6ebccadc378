package org.rightstracker.core.shared;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Running times as people write them on cue sheets and production forms: "2:45", "1:02:45", "165s".
 * Cue sheets time music in whole seconds, so that is the precision read and written.
 */
public final class RunningTime {

    private static final Pattern SECONDS_ONLY = Pattern.compile("([0-9]+)\\s*[sS]?");
    private static final Pattern MINUTES_SECONDS = Pattern.compile("([0-9]+):([0-9]{2})");
    private static final Pattern HOURS_MINUTES_SECONDS = Pattern.compile("([0-9]+):([0-9]{2}):([0-9]{2})");

    private RunningTime() {}

    /**
     * Reads "2:45", "02:45", "1:02:45", "165s" or "165" (seconds). Minutes may exceed 59 in the
     * two-part form because feature runtimes are often written that way ("95:00"). Anything longer than
     * {@link NumberLimit#RUNNING_TIME_SECONDS} is refused: the columns keep whole seconds in an integer.
     */
    public static Duration parse(String text) {
        Duration read = read(text);
        if (!NumberLimit.RUNNING_TIME_SECONDS.admits(read.toSeconds())) {
            throw new InvalidValueException("Running time " + text.strip() + " is longer than the longest we store, "
                    + format(Duration.ofSeconds(NumberLimit.RUNNING_TIME_SECONDS.maxWhole())) + ".");
        }
        return read;
    }

    private static Duration read(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("Running time is empty; enter it as 2:45, 1:02:45 or 165s.");
        }
        String shown = text.strip();
        if (shown.startsWith("-")) {
            throw new InvalidValueException("Running time " + shown + " is negative.");
        }
        Matcher match = SECONDS_ONLY.matcher(shown);
        if (match.matches()) {
            return Duration.ofSeconds(number(match.group(1), shown));
        }
        match = MINUTES_SECONDS.matcher(shown);
        if (match.matches()) {
            long seconds = secondsWithinMinute(match.group(2), shown);
            return Duration.ofMinutes(number(match.group(1), shown)).plusSeconds(seconds);
        }
        match = HOURS_MINUTES_SECONDS.matcher(shown);
        if (match.matches()) {
            long minutes = Long.parseLong(match.group(2));
            if (minutes >= 60) {
                throw new InvalidValueException(
                        "Running time " + shown + " has " + minutes + " minutes; with hours, minutes run 00 to 59.");
            }
            long seconds = secondsWithinMinute(match.group(3), shown);
            return Duration.ofHours(number(match.group(1), shown))
                    .plusMinutes(minutes)
                    .plusSeconds(seconds);
        }
        throw new InvalidValueException(
                "Running time '" + shown + "' is not a time; enter it as 2:45, 1:02:45 or 165s.");
    }

    private static long number(String digits, String shown) {
        // Bounded so that a pasted run of digits is reported instead of overflowing into a wrong time.
        if (digits.length() > 9) {
            throw new InvalidValueException("Running time " + shown + " is too long to be a running time.");
        }
        return Long.parseLong(digits);
    }

    private static long secondsWithinMinute(String digits, String shown) {
        long seconds = Long.parseLong(digits);
        if (seconds >= 60) {
            throw new InvalidValueException(
                    "Running time " + shown + " has " + seconds + " seconds; seconds run 00 to 59.");
        }
        return seconds;
    }

    /**
     * Writes "2:45" under an hour and "1:02:45" from an hour up, rounding to the nearest second (half a
     * second rounds up) the way a timing is carried onto a cue sheet.
     */
    public static String format(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new InvalidValueException("Running time " + duration + " is negative.");
        }
        long total = duration.plusMillis(500).getSeconds();
        long hours = total / 3600;
        long minutes = total / 60 % 60;
        long seconds = total % 60;
        return hours == 0
                ? String.format(Locale.ROOT, "%d:%02d", minutes, seconds)
                : String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, seconds);
    }
}
