package org.rightstracker.web.startup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupFailureTest {

    @Test
    void anUnusableSettingStopsTheStartWithItsOwnMessage() {
        RuntimeException failure = new RuntimeException(
                "Startup failed", new SettingsCheck.InvalidSetting("rights.reports.paper must be A4 or letter."));
        assertThat(StartupFailure.explain(failure))
                .contains("Cannot start: rights.reports.paper must be A4 or letter.");
    }
}
