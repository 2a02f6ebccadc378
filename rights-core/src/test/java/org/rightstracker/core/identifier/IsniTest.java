package org.rightstracker.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rightstracker.core.shared.InvalidValueException;

class IsniTest {

    @ParameterizedTest
    @CsvSource({
        "000000012281955X, 0000 0001 2281 955X",
        "000000012146438X, 0000 0001 2146 438X",
        "000000000000001X, 0000 0000 0000 001X"
    })
    void acceptsEveryValidVector(String text, String formatted) {
        Isni isni = Isni.parse(text);

        assertThat(isni.value()).isEqualTo(text);
        assertThat(isni.formatted()).isEqualTo(formatted);
        assertThat(isni).hasToString(formatted);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"0000 0001 2281 955X", "0000-0001-2281-955x", "000000012281955x", "ISNI 0000 0001 2281 955X"})
    void readsDisplayFormsAndALowerCaseX(String text) {
        assertThat(Isni.parse(text).value()).isEqualTo("000000012281955X");
    }

    @ParameterizedTest
    @CsvSource({"000000011111955X, X, 8", "0000000000000010, 0, X"})
    void refusesAWrongCheckCharacter(String text, char actual, char expected) {
        assertThatThrownBy(() -> Isni.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("ISNI " + text + " has check character " + actual + "; expected " + expected + ".");
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000001228195X", "0000000122819550X", "X00000012281955X", "000000012281955Y"})
    void refusesTextThatIsNotSixteenCharactersOfTheRightKind(String text) {
        assertThatThrownBy(() -> Isni.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void equalIsnisAreEqual() {
        assertThat(Isni.parse("0000 0001 2281 955x"))
                .isEqualTo(Isni.parse("000000012281955X"))
                .hasSameHashCodeAs(Isni.parse("000000012281955X"))
                .isNotEqualTo(Isni.parse("000000012146438X"));
    }
}
