package org.rightstracker.web.schedule;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A job's cron setting in words for people ("every day at 06:00", "every Monday to Friday at 07:30").
 * Only the shapes a person sets for a daily or weekly job are put in words; anything else is shown as
 * the cron expression it is, said to be one.
 */
final class ScheduleWords {

    private static final Map<String, String> DAYS = Map.of(
            "MON", "Monday",
            "TUE", "Tuesday",
            "WED", "Wednesday",
            "THU", "Thursday",
            "FRI", "Friday",
            "SAT", "Saturday",
            "SUN", "Sunday");

    private ScheduleWords() {}

    static String describe(String cron) {
        if (cron == null || cron.isBlank() || cron.strip().equalsIgnoreCase("off")) {
            return "never (switched off)";
        }
        String[] parts = cron.strip().split("\\s+");
        if (parts.length < 6 || parts.length > 7 || !isNumber(parts[0]) || !isNumber(parts[1]) || !isNumber(parts[2])) {
            return fallback(cron);
        }
        boolean anyDayOfMonth = parts[3].equals("*") || parts[3].equals("?");
        boolean anyMonth = parts[4].equals("*");
        boolean anyYear = parts.length == 6 || parts[6].equals("*");
        if (!anyDayOfMonth || !anyMonth || !anyYear) {
            return fallback(cron);
        }
        String at = String.format(Locale.ROOT, "%02d:%02d", Integer.parseInt(parts[2]), Integer.parseInt(parts[1]));
        int seconds = Integer.parseInt(parts[0]);
        if (seconds != 0) {
            at += String.format(Locale.ROOT, ":%02d", seconds);
        }
        String days = days(parts[5].toUpperCase(Locale.ROOT));
        return days == null ? fallback(cron) : "every " + days + " at " + at;
    }

    /** "day", "Monday to Friday", "Monday and Thursday"; null for a shape not put in words. */
    private static String days(String field) {
        if (field.equals("*") || field.equals("?")) {
            return "day";
        }
        if (field.matches("[A-Z]{3}-[A-Z]{3}")) {
            String from = DAYS.get(field.substring(0, 3));
            String to = DAYS.get(field.substring(4));
            return from == null || to == null ? null : from + " to " + to;
        }
        if (field.matches("[A-Z]{3}(,[A-Z]{3})*")) {
            List<String> names =
                    List.of(field.split(",")).stream().map(DAYS::get).toList();
            if (names.contains(null)) {
                return null;
            }
            return names.size() == 1
                    ? names.get(0)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        }
        return null;
    }

    private static boolean isNumber(String text) {
        return text.matches("\\d{1,2}");
    }

    private static String fallback(String cron) {
        return "on the schedule \"" + cron.strip()
                + "\" (a cron expression: seconds, minutes, hours, day, month, weekday)";
    }
}
