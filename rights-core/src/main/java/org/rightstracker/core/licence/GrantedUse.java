package org.rightstracker.core.licence;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.rightstracker.core.cue.CueUsage;

/**
 * The use a licence grants per cue: which usage types (none listed = any) and how long at most (null =
 * any length), and the scene it was quoted for, kept for the record. An empty grant restricts nothing, so
 * licences recorded before granted use existed keep clearing what they cleared.
 */
public record GrantedUse(Set<CueUsage> usages, Integer maxSeconds, String scene) {

    public static final GrantedUse ANY = new GrantedUse(Set.of(), null, null);

    public GrantedUse {
        usages = usages == null || usages.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(usages));
        scene = scene == null || scene.isBlank() ? null : scene.strip();
    }

    /** Reads the stored form "BI,VV" (order and spaces do not matter; blank = any usage). */
    public static Set<CueUsage> parseUsages(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(","))
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .map(code -> CueUsage.valueOf(code.toUpperCase(Locale.ROOT)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CueUsage.class)));
    }

    /** The stored form: codes in declaration order, comma separated; empty for any usage. */
    public String usagesCode() {
        return usages.isEmpty()
                ? ""
                : EnumSet.copyOf(usages).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public boolean restricts() {
        return !usages.isEmpty() || maxSeconds != null;
    }

    public boolean allowsUsage(CueUsage usage) {
        return usages.isEmpty() || usages.contains(usage);
    }

    /** Null duration passes only when no maximum is set: an unmeasured cue cannot be shown to fit. */
    public boolean allowsDuration(Integer seconds) {
        return maxSeconds == null || (seconds != null && seconds <= maxSeconds);
    }

    public boolean allows(CueUsage usage, Integer seconds) {
        return allowsUsage(usage) && allowsDuration(seconds);
    }

    /** "background instrumental or visual vocal up to 0:30", "any use up to 1:05", "any use". */
    public String describe() {
        String what = usages.isEmpty()
                ? "any use"
                : either(EnumSet.copyOf(usages).stream()
                        .map(GrantedUse::usageWords)
                        .toList());
        return maxSeconds == null ? what : what + " up to " + minutes(maxSeconds);
    }

    private static String either(List<String> words) {
        int last = words.size() - 1;
        return last == 0 ? words.get(0) : String.join(", ", words.subList(0, last)) + " or " + words.get(last);
    }

    public static String usageWords(CueUsage usage) {
        return usage == CueUsage.LOGO ? "logo" : usage.label().toLowerCase(Locale.ROOT);
    }

    /** 45 → "0:45", 125 → "2:05". */
    public static String minutes(int seconds) {
        return seconds / 60 + ":" + String.format(Locale.ROOT, "%02d", seconds % 60);
    }
}
