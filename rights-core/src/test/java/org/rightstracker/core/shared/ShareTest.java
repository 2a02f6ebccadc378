package org.rightstracker.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShareTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "50        | 50.00",
                "50.00     | 50.00",
                "50%       | 50.00",
                "' 33.33 ' | 33.33",
                "33.3 %    | 33.30",
                "0         | 0.00",
                "100       | 100.00",
                "100.000   | 100.00",
                ".5        | 0.50"
            })
    void readsSharesAsTyped(String text, String expected) {
        Share share = Share.of(text);

        assertThat(share.value()).isEqualTo(new BigDecimal(expected));
        assertThat(share.value().scale()).isEqualTo(2);
        assertThat(share).hasToString(expected + "%");
    }

    @ParameterizedTest
    @ValueSource(strings = {"33.333", "0.001", "12.345%"})
    void refusesMoreThanTwoDecimalsRatherThanRounding(String text) {
        assertThatThrownBy(() -> Share.of(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(text)
                .hasMessageContaining("more than two decimals");
    }

    @ParameterizedTest
    @ValueSource(strings = {"100.01", "150", "-5", "-0.01"})
    void refusesSharesOutsideZeroToHundred(String text) {
        assertThatThrownBy(() -> Share.of(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "fifty", "50%%", "1e2", "5,0", "%"})
    void refusesTextThatIsNotAPercentage(String text) {
        assertThatThrownBy(() -> Share.of(text)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesAnExactNumberThatWouldNeedRounding() {
        assertThatThrownBy(() -> Share.of(new BigDecimal("33.335")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Share 33.335 has more than two decimals; shares are registered to 0.01%.");
    }

    @ParameterizedTest
    @CsvSource({"5000, 50.00", "0, 0.00", "10000, 100.00", "3333, 33.33", "1, 0.01"})
    void convertsBasisPointsFromCwr(int basisPoints, String expected) {
        assertThat(Share.ofBasisPoints(basisPoints).value()).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 10_001})
    void refusesBasisPointsOutsideTheWholeShare(int basisPoints) {
        assertThatThrownBy(() -> Share.ofBasisPoints(basisPoints))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(String.valueOf(basisPoints));
    }

    @Test
    void addsSharesUpToTheFullShare() {
        Share thirds = Share.of("33.33").plus(Share.of("33.33")).plus(Share.of("33.34"));

        assertThat(thirds).isEqualTo(Share.FULL);
        assertThat(thirds.isFull()).isTrue();
    }

    @Test
    void refusesToAddPastTheFullShare() {
        assertThatThrownBy(() -> Share.of("60").plus(Share.of("50")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Shares 60.00% and 50.00% add up to 110.00%, more than 100%.");
    }

    @Test
    void subtractsDownToZeroButNotBelow() {
        assertThat(Share.of("50").minus(Share.of("50")).isZero()).isTrue();
        assertThat(Share.FULL.minus(Share.of("12.5"))).isEqualTo(Share.of("87.50"));
        assertThatThrownBy(() -> Share.of("50").minus(Share.of("60")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Cannot take 60.00% from 50.00%; a share cannot go below 0%.");
    }

    @Test
    void sumMayExceedTheFullShareSoReportsCanShowAnOverClaim() {
        BigDecimal total = Share.sum(List.of(Share.of("75"), Share.of("50")));

        assertThat(total).isEqualTo(new BigDecimal("125.00"));
    }

    @Test
    void sumOfNothingIsZeroWithTwoDecimals() {
        assertThat(Share.sum(List.of())).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void zeroAndFullAreWhatTheySay() {
        assertThat(Share.ZERO.isZero()).isTrue();
        assertThat(Share.ZERO.isFull()).isFalse();
        assertThat(Share.FULL.isFull()).isTrue();
        assertThat(Share.FULL).hasToString("100.00%");
        assertThat(Share.ZERO).hasToString("0.00%");
    }

    @Test
    void fractionIsExactForProRating() {
        assertThat(Share.of("33.33").asFraction()).isEqualTo(new BigDecimal("0.3333"));
        assertThat(Share.FULL.asFraction()).isEqualTo(new BigDecimal("1.0000"));
    }

    @Test
    void ordersByPercentageAndIsEqualWhateverTheTypedForm() {
        assertThat(Share.of("25")).isLessThan(Share.of("25.01"));
        assertThat(Share.of("50")).isEqualTo(Share.of("50.00%")).hasSameHashCodeAs(Share.ofBasisPoints(5000));
        assertThat(Share.of(new BigDecimal("50"))).isEqualTo(Share.of("50"));
    }
}
