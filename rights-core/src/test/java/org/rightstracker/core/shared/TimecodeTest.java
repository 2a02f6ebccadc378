package org.rightstracker.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimecodeTest {

    @ParameterizedTest
    @CsvSource({
        "01:02:03:04, 1, 2, 3, 4, 01:02:03:04",
        "01:02:03;04, 1, 2, 3, 4, 01:02:03:04",
        "01:02:03, 1, 2, 3, 0, 01:02:03:00",
        "1:02:03:04, 1, 2, 3, 4, 01:02:03:04",
        "' 23:59:59:24 ', 23, 59, 59, 24, 23:59:59:24"
    })
    void readsTimecodeAsEditorsWriteIt(String text, int hours, int minutes, int seconds, int frames, String shown) {
        Timecode timecode = Timecode.parse(text, FrameRate.FPS_25);

        assertThat(timecode.hours()).isEqualTo(hours);
        assertThat(timecode.minutes()).isEqualTo(minutes);
        assertThat(timecode.seconds()).isEqualTo(seconds);
        assertThat(timecode.frames()).isEqualTo(frames);
        assertThat(timecode.rate()).isEqualTo(FrameRate.FPS_25);
        assertThat(timecode).hasToString(shown);
    }

    @ParameterizedTest
    @CsvSource({
        "00:00:00:23, FPS_23_976, true",
        "00:00:00:24, FPS_23_976, false",
        "00:00:00:24, FPS_25, true",
        "00:00:00:25, FPS_25, false",
        "00:00:00:25, FPS_30, true",
        "00:00:00:29, FPS_29_97, true",
        "00:00:00:29, FPS_25, false",
        "00:00:00:30, FPS_30, false",
        "00:00:00:59, FPS_59_94, true",
        "00:00:00:60, FPS_60, false"
    })
    void framesMustBeFewerThanTheRateCountsPerSecond(String text, FrameRate rate, boolean valid) {
        if (valid) {
            assertThat(Timecode.parse(text, rate).frames()).isEqualTo(Integer.parseInt(text.substring(9)));
        } else {
            assertThatThrownBy(() -> Timecode.parse(text, rate))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("frames run 00 to " + (rate.nominalFrames() - 1));
        }
    }

    @Test
    void explainsAFrameOutOfRangeInTheRatesTerms() {
        assertThatThrownBy(() -> Timecode.parse("01:00:00:27", FrameRate.FPS_25))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Timecode 01:00:00:27 has frame 27; at 25 fps frames run 00 to 24.");
    }

    @ParameterizedTest
    @CsvSource({"24:00:00:00, hour 24", "01:60:00:00, minute 60", "01:00:60:00, second 60"})
    void refusesHoursMinutesOrSecondsOutOfRange(String text, String complaint) {
        assertThatThrownBy(() -> Timecode.parse(text, FrameRate.FPS_24))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(complaint);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "01:02", "01-02-03-04", "01:02:03:04:05", "aa:bb:cc:dd", "001:02:03:04", "01:2:03:04"})
    void refusesTextThatIsNotTimecode(String text) {
        assertThatThrownBy(() -> Timecode.parse(text, FrameRate.FPS_24)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "00:00:00:00, FPS_25, 0",
        "00:00:01:00, FPS_25, 25",
        "00:00:01:00, FPS_29_97, 30",
        "01:00:00:00, FPS_24, 86400",
        "01:02:03:04, FPS_25, 93079"
    })
    void countsFramesAtTheNominalRate(String text, FrameRate rate, long frames) {
        Timecode timecode = Timecode.parse(text, rate);

        assertThat(timecode.totalFrames()).isEqualTo(frames);
        assertThat(Timecode.ofFrames(frames, rate)).isEqualTo(timecode);
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, 24L * 3600 * 25})
    void refusesFrameCountsOutsideOneDay(long frames) {
        assertThatThrownBy(() -> Timecode.ofFrames(frames, FrameRate.FPS_25)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "01:00:00:00, 01:00:45:00, FPS_25, 45000",
        "01:00:00:00, 01:00:10:12, FPS_25, 10480",
        "00:59:59:20, 01:00:00:05, FPS_24, 375",
        "00:00:00:00, 00:00:00:10, FPS_23_976, 417",
        "00:00:00:00, 00:00:00:01, FPS_29_97, 33",
        "10:00:00:00, 10:02:45:00, FPS_29_97, 165000"
    })
    void measuresTheDurationFromInToOutToTheMillisecond(String in, String out, FrameRate rate, long millis) {
        Duration duration = Timecode.parse(in, rate).durationUntil(Timecode.parse(out, rate));

        assertThat(duration).isEqualTo(Duration.ofMillis(millis));
    }

    @Test
    void refusesAnOutPointBeforeTheInPoint() {
        Timecode in = Timecode.parse("01:00:20:00", FrameRate.FPS_24);
        Timecode out = Timecode.parse("01:00:10:00", FrameRate.FPS_24);

        assertThatThrownBy(() -> in.durationUntil(out))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Timecode out 01:00:10:00 must be after timecode in 01:00:20:00.");
    }

    @Test
    void refusesAnOutPointEqualToTheInPoint() {
        Timecode in = Timecode.parse("01:00:20:00", FrameRate.FPS_24);

        assertThatThrownBy(() -> in.durationUntil(in)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesToMixFrameRates() {
        Timecode at24 = Timecode.parse("01:00:00:00", FrameRate.FPS_24);
        Timecode at25 = Timecode.parse("01:00:10:00", FrameRate.FPS_25);

        assertThatThrownBy(() -> at24.durationUntil(at25))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("24 fps")
                .hasMessageContaining("25 fps");
        assertThat(at24).isNotEqualTo(Timecode.parse("01:00:00:00", FrameRate.FPS_25));
    }

    @Test
    void ordersByPositionInThePicture() {
        Timecode earlier = Timecode.parse("00:59:59:24", FrameRate.FPS_25);
        Timecode later = Timecode.parse("01:00:00:00", FrameRate.FPS_25);

        assertThat(earlier).isLessThan(later);
        assertThat(later).isEqualByComparingTo(Timecode.parse("01:00:00", FrameRate.FPS_25));
        assertThat(later).hasSameHashCodeAs(Timecode.parse("01:00:00;00", FrameRate.FPS_25));
    }
}
