package org.rightstracker.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RunningTimeTest {

    @ParameterizedTest
    @CsvSource({
        "2:45, 165",
        "02:45, 165",
        "0:45, 45",
        "1:02:45, 3765",
        "01:02:45, 3765",
        "165s, 165",
        "165 s, 165",
        "165S, 165",
        "165, 165",
        "0, 0",
        "95:00, 5700",
        "' 2:45 ', 165"
    })
    void readsRunningTimesAsWritten(String text, long seconds) {
        assertThat(RunningTime.parse(text)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "-2:45",
                "-165",
                "",
                "  ",
                "2:5",
                "2:60",
                "1:60:00",
                "1:02:60",
                "two minutes",
                "2.45",
                "2:45.5",
                "1:2:3:4",
                "9999999999"
            })
    void refusesNegativeOrMalformedTimes(String text) {
        assertThatThrownBy(() -> RunningTime.parse(text)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void readsUpToTheLongestRunningTimeStoredAndNoLonger() {
        assertThat(RunningTime.parse("99:59:59")).isEqualTo(Duration.ofSeconds(359_999));
        assertThatThrownBy(() -> RunningTime.parse("100:00:00"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Running time 100:00:00 is longer than the longest we store, 99:59:59.");
        assertThatThrownBy(() -> RunningTime.parse("999999999:00:00")).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "PT2M45S, 2:45",
        "PT45S, 0:45",
        "PT0S, 0:00",
        "PT59M59S, 59:59",
        "PT1H, 1:00:00",
        "PT1H2M45S, 1:02:45",
        "PT2M44.5S, 2:45",
        "PT2M45.499S, 2:45",
        "PT10H, 10:00:00"
    })
    void writesMinutesAndSecondsUnderAnHourAndHoursFromAnHourUp(String duration, String expected) {
        assertThat(RunningTime.format(Duration.parse(duration))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2:45", "1:02:45", "0:07"})
    void formatReadsBackToTheSameTime(String text) {
        assertThat(RunningTime.format(RunningTime.parse(text))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT-1S", "PT-0.5S"})
    void refusesToFormatANegativeDuration(String duration) {
        assertThatThrownBy(() -> RunningTime.format(Duration.parse(duration)))
                .isInstanceOf(InvalidValueException.class);
    }
}
