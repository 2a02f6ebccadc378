package org.rightstracker.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rightstracker.core.shared.InvalidValueException;

class GtinTest {

    @ParameterizedTest
    @ValueSource(strings = {"036000291452", "012345678905", "4006381333931", "9780306406157", "5012345678900"})
    void acceptsValidUpcAndEanNumbers(String text) {
        assertThat(Gtin.parse(text).value()).isEqualTo(text);
    }

    @Test
    void tellsAUpcFromAnEan() {
        assertThat(Gtin.parse("036000291452").isUpc()).isTrue();
        assertThat(Gtin.parse("4006381333931").isUpc()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0 36000 29145 2", "0-36000-29145-2", " 036000291452 "})
    void readsTheNumberAsPrintedUnderTheBarCode(String text) {
        assertThat(Gtin.parse(text).value()).isEqualTo("036000291452");
    }

    @ParameterizedTest
    @CsvSource({"036000291453, 3, 2", "4006381333932, 2, 1", "9780306406150, 0, 7"})
    void refusesAWrongCheckDigitSayingWhichWasExpected(String text, int actual, int expected) {
        assertThatThrownBy(() -> Gtin.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("UPC/EAN " + text + " has check digit " + actual + "; expected " + expected + ".");
    }

    @ParameterizedTest
    @CsvSource({"03600029145, 11", "40063813339310, 14", "12345678, 8"})
    void refusesAWrongLengthNamingTheDigitCount(String text, int digits) {
        assertThatThrownBy(() -> Gtin.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("UPC/EAN '" + text + "' has " + digits + " digits; a UPC has 12 and an EAN 13.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"03600029145X", "ABCDEFGHIJKL", "0360.0029.1452"})
    void refusesAnythingButDigits(String text) {
        assertThatThrownBy(() -> Gtin.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("UPC/EAN '")
                .hasMessageEndingWith("' may only contain digits.");
    }

    @Test
    void refusesAnEmptyNumberNamingTheField() {
        assertThatThrownBy(() -> Gtin.parse("  "))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("UPC/EAN is empty");
    }
}
