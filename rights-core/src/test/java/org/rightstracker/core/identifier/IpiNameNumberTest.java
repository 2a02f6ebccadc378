package org.rightstracker.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rightstracker.core.shared.InvalidValueException;

class IpiNameNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"00014107338", "00000000199", "00000000297", "00000000395"})
    void acceptsEveryValidVector(String text) {
        IpiNameNumber ipi = IpiNameNumber.parse(text);

        assertThat(ipi.value()).isEqualTo(text);
        assertThat(ipi.formatted()).isEqualTo(text);
        assertThat(ipi).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000 141 073 38", "00014.107.338", " 00014107338 "})
    void ignoresSpacesAndDots(String text) {
        assertThat(IpiNameNumber.parse(text).value()).isEqualTo("00014107338");
    }

    @ParameterizedTest
    @CsvSource({"00000000100, 00, 99", "00854632549, 49, 21", "00856545879, 79, 96"})
    void refusesWrongCheckDigitsSayingWhichWereExpected(String text, String actual, String expected) {
        assertThatThrownBy(() -> IpiNameNumber.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("IPI name number " + text + " has check digits " + actual + "; expected " + expected + ".");
    }

    @Test
    void refusesTenDigitsInsteadOfPaddingThem() {
        assertThatThrownBy(() -> IpiNameNumber.parse("0000000199"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("IPI name number '0000000199' has 10 digits; it needs 11, including any leading zeros.");
    }

    @Test
    void refusesLetters() {
        assertThatThrownBy(() -> IpiNameNumber.parse("0001410733A"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("IPI name number '0001410733A' may contain only digits.");
    }

    @Test
    void refusesTwelveDigits() {
        assertThatThrownBy(() -> IpiNameNumber.parse("000014107338"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("has 12 digits");
    }

    @Test
    void equalNumbersAreEqual() {
        assertThat(IpiNameNumber.parse("000 141 073 38"))
                .isEqualTo(IpiNameNumber.parse("00014107338"))
                .hasSameHashCodeAs(IpiNameNumber.parse("00014107338"))
                .isNotEqualTo(IpiNameNumber.parse("00000000199"));
    }
}
