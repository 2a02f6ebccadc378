package org.rightstracker.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rightstracker.core.shared.InvalidValueException;

class IpiBaseNumberTest {

    @ParameterizedTest
    @CsvSource({"I-000000229-7, I0000002297", "I-123456789-3, I1234567893"})
    void acceptsEveryValidVector(String text, String value) {
        IpiBaseNumber ipi = IpiBaseNumber.parse(text);

        assertThat(ipi.value()).isEqualTo(value);
        assertThat(ipi.formatted()).isEqualTo(text);
        assertThat(ipi).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"i-000000229-7", "I0000002297", "I 000000229 7", "i000000229-7"})
    void isLenientAboutHyphensAndCase(String text) {
        assertThat(IpiBaseNumber.parse(text).value()).isEqualTo("I0000002297");
    }

    @Test
    void refusesAWrongCheckDigit() {
        assertThatThrownBy(() -> IpiBaseNumber.parse("I-123456789-4"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("IPI base number I-123456789-4 has check digit 4; expected 3.");
    }

    @Test
    void refusesAnIswcLookingNumber() {
        assertThatThrownBy(() -> IpiBaseNumber.parse("T-123456789-3"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("'T-123456789-3'")
                .hasMessageContaining("I-NNNNNNNNN-C");
    }

    @Test
    void usesASeedOfTwoWhereIswcUsesOne() {
        // The same nine digits carry a different check digit as an ISWC, so swapping the seed would show.
        assertThat(Iswc.checkDigit("123456789", 1)).isEqualTo(4);
        assertThat(Iswc.checkDigit("123456789", 2)).isEqualTo(3);
    }

    @Test
    void equalNumbersAreEqual() {
        assertThat(IpiBaseNumber.parse("i-000000229-7"))
                .isEqualTo(IpiBaseNumber.parse("I0000002297"))
                .hasSameHashCodeAs(IpiBaseNumber.parse("I0000002297"))
                .isNotEqualTo(IpiBaseNumber.parse("I-123456789-3"));
    }
}
