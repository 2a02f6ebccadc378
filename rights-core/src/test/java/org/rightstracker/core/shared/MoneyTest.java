package org.rightstracker.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "7500        | USD | 7500.00 | USD 7,500.00",
                "7,500.00    | USD | 7500.00 | USD 7,500.00",
                "7500.5      | usd | 7500.50 | USD 7,500.50",
                "' 0 '       | EUR | 0.00    | EUR 0.00",
                "1,234,567.8 | GBP | 1234567.80 | GBP 1,234,567.80",
                "750000      | JPY | 750000  | JPY 750,000",
                "750,000     | JPY | 750000  | JPY 750,000",
                "12.5        | BHD | 12.500  | BHD 12.500"
            })
    void readsAmountsAsTypedAtTheCurrencyScale(String amount, String code, String expected, String formatted) {
        Money money = Money.of(amount, code);

        assertThat(money.amount()).isEqualTo(new BigDecimal(expected));
        assertThat(money.formatted()).isEqualTo(formatted);
        assertThat(money).hasToString(formatted);
    }

    @Test
    void refusesANegativeFee() {
        assertThatThrownBy(() -> Money.of("-100", "USD"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Amount -100 is negative; fees and budgets must be zero or more.");
        assertThatThrownBy(() -> Money.of(new BigDecimal("-0.01"), USD)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void readsUpToTheLargestAmountTheMoneyColumnsHoldAndNoMore() {
        assertThat(Money.of("999,999,999,999.99", "USD").amount()).isEqualTo(new BigDecimal("999999999999.99"));
        assertThatThrownBy(() -> Money.of("1,000,000,000,000", "USD"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Amount 1,000,000,000,000 is more than the largest amount we store, 999,999,999,999.99.");
        assertThatThrownBy(() -> Money.of("9".repeat(40), "JPY")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesMoreDecimalsThanTheMoneyColumnsKeepEvenWhereTheCurrencyHasThem() {
        assertThat(Money.of("12.500", "BHD").amount()).isEqualTo(new BigDecimal("12.500"));
        assertThatThrownBy(() -> Money.of("12.505", "BHD"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Amount 12.505 has more decimals than we store (2).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "seven", "7,50", "7.500,00", "75,00.00", "1e3", "$7500", "7500.", "7 500"})
    void refusesAmountsThatAreNotPlainNumbers(String amount) {
        assertThatThrownBy(() -> Money.of(amount, "USD")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesTypedDecimalsTheCurrencyDoesNotHave() {
        assertThatThrownBy(() -> Money.of("7500.5", "JPY"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Amount 7500.5 has more decimals than JPY allows (0).");
        assertThatThrownBy(() -> Money.of("10.005", "USD")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void acceptsTrailingZerosBeyondTheCurrencyScale() {
        assertThat(Money.of("7500.000", "USD")).isEqualTo(Money.of("7500", "USD"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XYZ", "US", "dollars"})
    void refusesUnknownCurrencies(String code) {
        assertThatThrownBy(() -> Money.of("100", code))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Unknown currency '" + code + "'; use an ISO 4217 code such as USD or EUR.");
    }

    @Test
    void refusesIsoCodesThatAreNotMoney() {
        assertThatThrownBy(() -> Money.of("100", "XAU"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("XAU");
    }

    @Test
    void computedAmountsAreRoundedHalfUpToTheCurrency() {
        assertThat(Money.of(new BigDecimal("10.005"), USD).amount()).isEqualTo(new BigDecimal("10.01"));
        assertThat(Money.of(new BigDecimal("7500.5"), JPY).amount()).isEqualTo(new BigDecimal("7501"));
        assertThat(Money.of(new BigDecimal("7500.4"), JPY).amount()).isEqualTo(new BigDecimal("7500"));
    }

    @Test
    void proRatesAFullFeeBackToAHalfShare() {
        Money fullFee = Money.of("15,000", "USD");

        assertThat(fullFee.times(Share.of("50").asFraction())).isEqualTo(Money.of("7,500.00", "USD"));
        assertThat(fullFee.times(new BigDecimal("50")).times(new BigDecimal("0.01")))
                .hasToString("USD 7,500.00");
    }

    @ParameterizedTest
    @CsvSource({
        "USD, 100.00, 0.3333, 33.33",
        "USD, 0.05, 0.5, 0.03",
        "USD, 0.01, 0.5, 0.01",
        "JPY, 1001, 0.5, 501",
        "JPY, 999, 0.3333, 333"
    })
    void multiplyingRoundsHalfUpToTheCurrencyScale(String code, String amount, String factor, String expected) {
        Money product = Money.of(amount, code).times(new BigDecimal(factor));

        assertThat(product.amount()).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void addsAndSubtractsInOneCurrency() {
        Money budget = Money.of("30000", "USD");
        Money spent = Money.of("24,500", "USD").plus(Money.of("5,500", "USD"));

        assertThat(spent).isEqualTo(Money.of("30000.00", "USD"));
        assertThat(budget.minus(spent).isZero()).isTrue();
        assertThat(Money.of("750000", "JPY").plus(Money.of("1", "JPY")).formatted())
                .isEqualTo("JPY 750,001");
    }

    @Test
    void remainingBudgetMayGoNegative() {
        Money remaining = Money.of("24500", "USD").minus(Money.of("30000", "USD"));

        assertThat(remaining.isNegative()).isTrue();
        assertThat(remaining.amount()).isEqualTo(new BigDecimal("-5500.00"));
        assertThat(remaining).hasToString("USD -5,500.00");
    }

    @Test
    void signedFactoryAllowsNegativeBalances() {
        assertThat(Money.ofSigned(new BigDecimal("-1250"), USD).formatted()).isEqualTo("USD -1,250.00");
    }

    @Test
    void refusesArithmeticAcrossCurrenciesNamingBoth() {
        Money dollars = Money.of("100", "USD");
        Money euros = Money.of("100", "EUR");

        assertThatThrownBy(() -> dollars.plus(euros))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("USD")
                .hasMessageContaining("EUR");
        assertThatThrownBy(() -> dollars.minus(euros))
                .hasMessageContaining("USD")
                .hasMessageContaining("EUR");
        assertThatThrownBy(() -> dollars.compareTo(euros))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EUR");
        assertThat(dollars.sameCurrency(euros)).isFalse();
        assertThat(dollars).isNotEqualTo(euros);
    }

    @Test
    void zeroHasTheCurrencyScale() {
        assertThat(Money.zero(USD).amount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(Money.zero(JPY).amount()).isEqualTo(new BigDecimal("0"));
        assertThat(Money.zero(USD).isZero()).isTrue();
        assertThat(Money.zero(USD).isNegative()).isFalse();
    }

    @Test
    void ordersAmountsOfOneCurrencyAndPicksTheLarger() {
        Money small = Money.of("5000", "USD");
        Money large = Money.of("7500", "USD");

        assertThat(small).isLessThan(large);
        assertThat(small.max(large)).isSameAs(large);
        assertThat(large.max(small)).isSameAs(large);
    }

    @Test
    void equalAmountsAreEqualWhateverTheTypedForm() {
        assertThat(Money.of("7500", "USD"))
                .isEqualTo(Money.of("7,500.00", "usd"))
                .hasSameHashCodeAs(Money.of(new BigDecimal("7500.0"), USD));
    }
}
