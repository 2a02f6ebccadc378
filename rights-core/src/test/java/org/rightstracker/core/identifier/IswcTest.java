package org.rightstracker.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rightstracker.core.shared.InvalidValueException;

class IswcTest {

    @ParameterizedTest
    @CsvSource({
        "T0345246801, T-034.524.680-1",
        "T0000000010, T-000.000.001-0",
        "T1234567894, T-123.456.789-4",
        "T9270264761, T-927.026.476-1",
        "T9270264874, T-927.026.487-4",
        "T3005600277, T-300.560.027-7",
        "T0123456789, T-012.345.678-9"
    })
    void acceptsEveryValidVector(String text, String formatted) {
        Iswc iswc = Iswc.parse(text);

        assertThat(iswc.value()).isEqualTo(text);
        assertThat(iswc.formatted()).isEqualTo(formatted);
        assertThat(iswc).hasToString(formatted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"T-034.524.680-1", "t0345246801", "T 034 524 680 1", " T-034524680-1 ", "t.034.524.680.1"})
    void readsTheDisplayFormAndOtherTypedVariants(String text) {
        assertThat(Iswc.parse(text).value()).isEqualTo("T0345246801");
    }

    @ParameterizedTest
    @CsvSource({"T1234567893, 3, 4", "T3452468001, 1, 3", "T3221234234, 4, 3"})
    void refusesAWrongCheckDigitSayingWhichWasExpected(String text, int actual, int expected) {
        assertThatThrownBy(() -> Iswc.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("ISWC " + text + " has check digit " + actual + "; expected " + expected + ".");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I1234567894", "T123456789", "T-034.524.680-X", "T03452468011", "0345246801"})
    void refusesTextThatIsNotShapedLikeAnIswc(String text) {
        assertThatThrownBy(() -> Iswc.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("T-DDD.DDD.DDD-C");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusesBlankInput(String text) {
        assertThatThrownBy(() -> Iswc.parse(text)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> Iswc.parse(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void equalIswcsTypedDifferentlyAreEqual() {
        assertThat(Iswc.parse("T-034.524.680-1"))
                .isEqualTo(Iswc.parse("t0345246801"))
                .hasSameHashCodeAs(Iswc.parse("t0345246801"))
                .isNotEqualTo(Iswc.parse("T0000000010"));
    }
}
