package org.rightstracker.core.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rightstracker.core.shared.InvalidValueException;

class TermTest {

    private static final LocalDate MARCH_2026 = LocalDate.of(2026, 3, 1);

    private static Term term(LocalDate start, Integer years) {
        return years == null ? Term.perpetuity(start) : Term.ofYears(start, years);
    }

    @ParameterizedTest(name = "{1} years from {0} covers {3} years from {2}: {4} (blank = perpetuity)")
    @CsvSource({
        "2026-03-01,   , 2026-03-01, 10, true",
        "2026-03-01,   , 2026-03-01,   , true",
        "2020-01-01,   , 2026-03-01,   , true",
        "2026-03-01, 10, 2026-03-01, 10, true",
        "2026-03-01, 5,  2026-03-01, 10, false",
        "2026-03-01, 10, 2026-03-01,   , false",
        "2026-06-01,   , 2026-03-01, 10, false",
        "2026-06-01, 20, 2026-03-01, 10, false",
        "2025-01-01, 10, 2026-03-01, 5,  true",
        "2025-01-01, 10, 2026-03-01, 9,  false",
        "2026-03-01, 10, 2027-03-01, 9,  true"
    })
    void coverageNeedsAnEarlierOrEqualStartAndALaterOrEqualEnd(
            LocalDate grantStart, Integer grantYears, LocalDate requiredStart, Integer requiredYears, boolean covers) {
        assertThat(term(grantStart, grantYears).covers(term(requiredStart, requiredYears)))
                .isEqualTo(covers);
    }

    @Test
    void perpetuityHasNoEndAndNoYears() {
        Term forever = Term.perpetuity(MARCH_2026);

        assertThat(forever.isPerpetual()).isTrue();
        assertThat(forever.years()).isEmpty();
        assertThat(forever.end()).isEmpty();
        assertThat(forever.endsBefore(LocalDate.of(2999, 1, 1))).isFalse();
        assertThat(forever.start()).isEqualTo(MARCH_2026);
    }

    @Test
    void aTermOfYearsEndsOnTheAnniversaryWhichIsNoLongerCovered() {
        Term tenYears = Term.ofYears(MARCH_2026, 10);

        assertThat(tenYears.isPerpetual()).isFalse();
        assertThat(tenYears.years()).contains(10);
        assertThat(tenYears.end()).contains(LocalDate.of(2036, 3, 1));
        assertThat(tenYears.endsBefore(LocalDate.of(2036, 2, 29))).isFalse();
        assertThat(tenYears.endsBefore(LocalDate.of(2036, 3, 1))).isTrue();
        assertThat(tenYears.includes(LocalDate.of(2036, 2, 29))).isTrue();
        assertThat(tenYears.includes(LocalDate.of(2036, 3, 1))).isFalse();
        assertThat(tenYears.includes(LocalDate.of(2026, 2, 28))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-03-01 |    | In perpetuity from 1 March 2026",
                "2026-03-01 | 10 | 10 years from 1 March 2026 (to 29 February 2036)",
                "2027-03-01 | 10 | 10 years from 1 March 2027 (to 28 February 2037)",
                "2026-01-01 | 1  | 1 year from 1 January 2026 (to 31 December 2026)",
                "2024-02-29 | 1  | 1 year from 29 February 2024 (to 27 February 2025)"
            })
    void describesTheTermWithItsLastDay(LocalDate start, Integer years, String description) {
        Term term = term(start, years);

        assertThat(term.describe()).isEqualTo(description);
        assertThat(term).hasToString(description);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5})
    void refusesTermsShorterThanAYear(int years) {
        assertThatThrownBy(() -> Term.ofYears(MARCH_2026, years))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(String.valueOf(years));
    }

    @Test
    void refusesAMissingStartDate() {
        assertThatThrownBy(() -> Term.perpetuity(null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Term.ofYears(null, 5)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void termsAreEqualByStartAndLength() {
        assertThat(Term.ofYears(MARCH_2026, 10))
                .isEqualTo(Term.ofYears(LocalDate.of(2026, 3, 1), 10))
                .hasSameHashCodeAs(Term.ofYears(LocalDate.of(2026, 3, 1), 10))
                .isNotEqualTo(Term.ofYears(MARCH_2026, 5))
                .isNotEqualTo(Term.perpetuity(MARCH_2026));
    }
}
