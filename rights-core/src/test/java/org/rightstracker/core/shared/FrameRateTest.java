package org.rightstracker.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrameRateTest {

    @ParameterizedTest
    @CsvSource({
        "23.976, FPS_23_976",
        "23.98, FPS_23_976",
        "24, FPS_24",
        "FPS_24, FPS_24",
        "fps_25, FPS_25",
        "25 fps, FPS_25",
        "29.97fps, FPS_29_97",
        "' 30 FPS ', FPS_30",
        "50, FPS_50",
        "59.94, FPS_59_94",
        "60, FPS_60"
    })
    void readsRatesAsEditorsWriteThem(String text, FrameRate expected) {
        assertThat(FrameRate.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "FPS_23_976, 23.976, 24",
        "FPS_24, 24, 24",
        "FPS_25, 25, 25",
        "FPS_29_97, 29.97, 30",
        "FPS_30, 30, 30",
        "FPS_50, 50, 50",
        "FPS_59_94, 59.94, 60",
        "FPS_60, 60, 60"
    })
    void countsNominalFramesPerSecond(FrameRate rate, String label, int nominalFrames) {
        assertThat(rate.label()).isEqualTo(label);
        assertThat(rate.nominalFrames()).isEqualTo(nominalFrames);
        assertThat(FrameRate.parse(rate.label())).isEqualTo(rate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "48", "29", "fast", "FPS_48"})
    void refusesUnknownRatesListingTheKnownOnes(String text) {
        assertThatThrownBy(() -> FrameRate.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("23.976, 24, 25, 29.97, 30, 50, 59.94, 60");
    }
}
