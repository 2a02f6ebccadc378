package org.rightstracker.core.importing.cwr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Society codes: CWR carries CISAC numbers ("021", or left-aligned "21 "), the rest of the product the
 * society's short name ("BMI"), which is what cue sheets print and users type.
 */
final class CwrSocieties {

    private static final Map<Integer, String> NAMES = load();

    private CwrSocieties() {}

    /** The society's name for a code as written in the file; null for a blank or zero code. */
    static String name(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String code = written.strip();
        if (!code.chars().allMatch(Character::isDigit)) {
            return code.toUpperCase(Locale.ROOT);
        }
        int number = Integer.parseInt(code);
        if (number == 0) {
            return null;
        }
        return NAMES.getOrDefault(number, String.format(Locale.ROOT, "%03d", number));
    }

    /** The three-digit code of a society stored by name ("BMI" is "021"); blank when unknown or none. */
    static String code(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String stored = name.strip();
        if (stored.chars().allMatch(Character::isDigit) && stored.length() <= 3) {
            return String.format(Locale.ROOT, "%03d", Integer.parseInt(stored));
        }
        return NAMES.entrySet().stream()
                .filter(e -> e.getValue().equalsIgnoreCase(stored))
                .map(e -> String.format(Locale.ROOT, "%03d", e.getKey()))
                .findFirst()
                .orElse("");
    }

    private static Map<Integer, String> load() {
        Map<Integer, String> names = new HashMap<>();
        try (InputStream in = CwrSocieties.class.getResourceAsStream("societies.txt")) {
            if (in == null) {
                throw new IllegalStateException("societies.txt is missing beside " + CwrSocieties.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.strip().split("\\s+", 2);
                    names.put(Integer.parseInt(parts[0]), parts[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }
}
