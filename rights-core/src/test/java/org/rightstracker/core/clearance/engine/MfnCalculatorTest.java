package org.rightstracker.core.clearance.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightstracker.core.clearance.engine.Facts.USD;
import static org.rightstracker.core.clearance.engine.Facts.eur;
import static org.rightstracker.core.clearance.engine.Facts.master;
import static org.rightstracker.core.clearance.engine.Facts.oneStop;
import static org.rightstracker.core.clearance.engine.Facts.sync;
import static org.rightstracker.core.clearance.engine.Facts.usd;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.shared.Money;

class MfnCalculatorTest {

    private final MfnCalculator calculator = new MfnCalculator(USD);

    /** Each row: the cue's items, and the effective fee of each item in the same order. */
    static Stream<Arguments> cues() {
        return Stream.of(
                Arguments.of(
                        "worked example: everybody MFN",
                        List.of(
                                sync(1, "Publisher A", "50").quoted("5000").mfn(),
                                sync(2, "Publisher B", "50").quoted("7500").mfn(),
                                master(3, "Label L", "100").quoted("12000").mfn()),
                        List.of("7500.00", "7500.00", "15000.00")),
                Arguments.of(
                        "worked example: label waives MFN",
                        List.of(
                                sync(1, "Publisher A", "50").quoted("5000").mfn(),
                                sync(2, "Publisher B", "50").quoted("7500").mfn(),
                                master(3, "Label L", "100").quoted("12000").mfnWaived()),
                        List.of("7500.00", "7500.00", "12000.00")),
                Arguments.of(
                        "worked example: nobody MFN",
                        List.of(
                                sync(1, "Publisher A", "50").quoted("5000"),
                                sync(2, "Publisher B", "50").quoted("7500"),
                                master(3, "Label L", "100").quoted("12000")),
                        List.of("5000.00", "7500.00", "12000.00")),
                Arguments.of(
                        "licensor without MFN still sets the best basis",
                        List.of(
                                sync(1, "Publisher A", "50").quoted("5000").mfn(),
                                master(3, "Label L", "100").quoted("20000")),
                        List.of("10000.00", "20000.00")),
                Arguments.of(
                        "denied licensor's higher fee does not count",
                        List.of(
                                sync(1, "Publisher A", "50").quoted("5000").mfn(),
                                sync(2, "Publisher B", "50").quoted("9000").status(LicenceStatus.DENIED),
                                master(3, "Label L", "100").quoted("10000").mfn()),
                        List.of("5000.00", "9000.00", "10000.00")),
                Arguments.of(
                        "withdrawn and obsolete items do not count",
                        List.of(
                                sync(1, "Publisher A", "100").quoted("5000").mfn(),
                                master(3, "Label L", "100").quoted("9000").status(LicenceStatus.WITHDRAWN),
                                master(4, "Old Label", "100").quoted("8000").obsolete()),
                        List.of("5000.00", "9000.00", "8000.00")),
                Arguments.of(
                        "agreed fee replaces the quote on both sides of the comparison",
                        List.of(
                                sync(1, "Publisher A", "50")
                                        .quoted("5000")
                                        .agreed("4000")
                                        .mfn(),
                                master(3, "Label L", "100").quoted("20000").agreed("9000")),
                        List.of("4500.00", "9000.00")),
                Arguments.of(
                        "one-stop holding both sides compares at half its fee",
                        List.of(
                                oneStop(7, "Cue Library Ltd", "100", "100").quoted("3000"),
                                sync(8, "Co-publisher", "50").quoted("500").mfn()),
                        List.of("3000.00", "750.00")),
                Arguments.of(
                        "MFN never lowers the best-paid licensor",
                        List.of(
                                sync(1, "Publisher A", "50").quoted("9000").mfn(),
                                master(3, "Label L", "100").quoted("10000").mfn()),
                        List.of("9000.00", "18000.00")),
                Arguments.of(
                        "fee in another currency neither competes nor is raised",
                        List.of(
                                sync(1, "Publisher A", "50").quoted("5000").mfn(),
                                sync(2, "Publisher B", "50")
                                        .quoted(eur("50000"))
                                        .mfn(),
                                master(3, "Label L", "100").quoted("12000").mfn()),
                        List.of("6000.00", "EUR 50000.00", "12000.00")),
                Arguments.of(
                        "precision kept until the final rounding, which is half-up",
                        List.of(
                                sync(1, "Publisher A", "88.71").quoted("1000").mfn(),
                                sync(2, "Publisher B", "4.17").quoted("1306")),
                        List.of("27783.04", "1306.00")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cues")
    void raisesMfnLicensorsToTheBestFeeOnAHundredPercentBasis(
            String scenario, List<Facts.ItemBuilder> builders, List<String> expected) {
        List<ItemFacts> items = builders.stream().map(Facts.ItemBuilder::build).toList();

        Map<Long, MfnResult> results = calculator.apply(items);

        List<String> effective = items.stream()
                .map(item -> shown(results.get(item.id()).effectiveFee()))
                .toList();
        assertThat(effective).containsExactlyElementsOf(expected);
    }

    @Test
    void workedExampleAddsUpToThirtyThousandAgainstTwentyFourAndAHalfQuoted() {
        List<ItemFacts> items = List.of(
                sync(1, "Publisher A", "50").quoted("5000").mfn().build(),
                sync(2, "Publisher B", "50").quoted("7500").mfn().build(),
                master(3, "Label L", "100").quoted("12000").mfn().build());

        Map<Long, MfnResult> results = calculator.apply(items);

        Money used = sum(results, MfnResult::feeUsed);
        Money effective = sum(results, MfnResult::effectiveFee);
        Money uplift = sum(results, MfnResult::uplift);
        assertThat(used).isEqualTo(usd("24500"));
        assertThat(effective).isEqualTo(usd("30000"));
        assertThat(uplift).isEqualTo(usd("5500"));
        assertThat(results.get(items.get(0).id()).uplift()).isEqualTo(usd("2500"));
        assertThat(results.get(items.get(1).id()).isRaised()).isFalse();
    }

    @Test
    void itemWithoutAFeeHasNoFiguresAndDoesNotCompete() {
        ItemFacts unpriced = sync(1, "Publisher A", "50")
                .status(LicenceStatus.REQUESTED)
                .mfn()
                .build();
        ItemFacts priced = sync(2, "Publisher B", "50").quoted("4000").mfn().build();

        Map<Long, MfnResult> results = calculator.apply(List.of(unpriced, priced));

        assertThat(results.get(unpriced.id())).isEqualTo(new MfnResult(unpriced.id(), null, null, null));
        assertThat(results.get(priced.id()).effectiveFee()).isEqualTo(usd("4000"));
    }

    @Test
    void itemWithoutSharesTakesNoPartInTheComparison() {
        ItemFacts noShares = new ItemFacts(
                1,
                1,
                "Jane Composer",
                ClearanceSide.COMPOSER_AGREEMENT,
                null,
                null,
                LicenceStatus.QUOTED,
                usd("90000"),
                null,
                true,
                false,
                null,
                null,
                List.of(),
                false);
        ItemFacts other = sync(2, "Publisher B", "50").quoted("1000").mfn().build();

        Map<Long, MfnResult> results = calculator.apply(List.of(noShares, other));

        assertThat(results.get(other.id()).effectiveFee()).isEqualTo(usd("1000"));
        assertThat(results.get(noShares.id()).effectiveFee()).isEqualTo(usd("90000"));
    }

    private static String shown(Money money) {
        String amount = money.amount().toPlainString();
        return money.currency().equals(USD) ? amount : money.currency().getCurrencyCode() + " " + amount;
    }

    private static Money sum(Map<Long, MfnResult> results, Function<MfnResult, Money> figure) {
        return results.values().stream().map(figure).reduce(Money.zero(USD), Money::plus);
    }
}
