package org.rightstracker.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rightstracker.core.shared.InvalidValueException;

class IsrcTest {

    @ParameterizedTest
    @CsvSource({
        "BRBMG0300729, BRBMG0300729, BR-BMG-03-00729",
        "USPR37300012, USPR37300012, US-PR3-73-00012",
        "GBEMI0300013, GBEMI0300013, GB-EMI-03-00013",
        "US-PR3-73-00012, USPR37300012, US-PR3-73-00012",
        "isrc usPR37300012, USPR37300012, US-PR3-73-00012"
    })
    void acceptsEveryValidVector(String text, String value, String formatted) {
        Isrc isrc = Isrc.parse(text);

        assertThat(isrc.value()).isEqualTo(value);
        assertThat(isrc.formatted()).isEqualTo(formatted);
        assertThat(isrc).hasToString(formatted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ISRC US-PR3-73-00012", "ISRC US PR3 73 00012", "us-pr3-73-00012"})
    void readsLabelledAndLowerCaseForms(String text) {
        assertThat(Isrc.parse(text).value()).isEqualTo("USPR37300012");
    }

    @Test
    void keepsAnIcelandicCodeWhoseRegistrantStartsWithRc() {
        assertThat(Isrc.parse("IS-RC1-23-00001").value()).isEqualTo("ISRC12300001");
        assertThat(Isrc.parse("ISRC ISRC12300001").value()).isEqualTo("ISRC12300001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"USX1X123A567", "12BMG0300729", "US-PR_-73-00012"})
    void refusesCodesWhosePartsAreTheWrongKindOfCharacter(String text) {
        assertThatThrownBy(() -> Isrc.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("CC-XXX-YY-NNNNN");
    }

    @Test
    void refusesACodeOfElevenCharactersSayingHowManyItHas() {
        assertThatThrownBy(() -> Isrc.parse("US-PR3-73-0001"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("ISRC 'US-PR3-73-0001' has 11 characters; an ISRC has 12, as in US-PR3-73-00012.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "ISRC"})
    void refusesEmptyInput(String text) {
        assertThatThrownBy(() -> Isrc.parse(text)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void equalityIgnoresHowTheCodeWasTyped() {
        assertThat(Isrc.parse("US-PR3-73-00012"))
                .isEqualTo(Isrc.parse("isrc usPR37300012"))
                .hasSameHashCodeAs(Isrc.parse("USPR37300012"))
                .isNotEqualTo(Isrc.parse("GBEMI0300013"));
    }
}
