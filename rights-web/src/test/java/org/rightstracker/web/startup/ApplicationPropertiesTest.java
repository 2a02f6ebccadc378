package org.rightstracker.web.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped configuration file read as text, as a reviewer would: every key set once per profile, and
 * the daily jobs on in production (a merge once turned "%test.x=off" into "x=off" and silently stopped
 * the nightly expiry marking everywhere).
 */
class ApplicationPropertiesTest {

    @Test
    void everyKeyIsSetOncePerProfile() throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (String line : lines()) {
            String key = key(line);
            if (key != null && seen.merge(key, 1, Integer::sum) == 2) {
                twice.add(key);
            }
        }
        assertThat(twice).as("keys set twice").isEmpty();
    }

    @Test
    void theDailyJobsRunInProductionAndOnlyTestsTurnThemOff() throws IOException {
        Map<String, String> values = new HashMap<>();
        for (String line : lines()) {
            String key = key(line);
            if (key != null) {
                values.put(key, line.substring(line.indexOf('=') + 1).strip());
            }
        }
        for (String job : List.of("rights.schedule.expiry-marking", "rights.schedule.alert-digest")) {
            assertThat(values.get(job)).as(job).isNotNull().isNotEqualTo("off");
            assertThat(values.get("%test." + job)).as("%test." + job).isEqualTo("off");
        }
    }

    private static String key(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
            return null;
        }
        return trimmed.substring(0, trimmed.indexOf('=')).strip();
    }

    private static List<String> lines() throws IOException {
        try (InputStream in = ApplicationPropertiesTest.class.getResourceAsStream("/application.properties")) {
            assertThat(in).as("application.properties on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
