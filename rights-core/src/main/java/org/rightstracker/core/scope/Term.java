package org.rightstracker.core.scope;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.rightstracker.core.shared.InvalidValueException;

/**
 * How long a licence lasts or a release plan needs rights for: from a start date, either a whole
 * number of years or in perpetuity.
 */
public final class Term {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final LocalDate start;
    private final Integer years;

    private Term(LocalDate start, Integer years) {
        this.start = start;
        this.years = years;
    }

    public static Term perpetuity(LocalDate start) {
        return new Term(requireStart(start), null);
    }

    public static Term ofYears(LocalDate start, int years) {
        requireStart(start);
        if (years < 1) {
            throw new InvalidValueException(
                    "A term of " + years + " years is too short; enter at least 1 year or choose perpetuity.");
        }
        return new Term(start, years);
    }

    private static LocalDate requireStart(LocalDate start) {
        if (start == null) {
            throw new InvalidValueException("A term needs a start date.");
        }
        return start;
    }

    public LocalDate start() {
        return start;
    }

    /** The length in years; empty for perpetuity. */
    public Optional<Integer> years() {
        return Optional.ofNullable(years);
    }

    public boolean isPerpetual() {
        return years == null;
    }

    /** The first day no longer covered (start plus the years); empty for perpetuity. */
    public Optional<LocalDate> end() {
        return years().map(start::plusYears);
    }

    /**
     * Whether this term includes the whole of {@code required}: it starts no later, and either runs in
     * perpetuity or ends no earlier. Nothing but perpetuity covers a perpetual need.
     */
    public boolean covers(Term required) {
        if (start.isAfter(required.start)) {
            return false;
        }
        if (isPerpetual()) {
            return true;
        }
        return !required.isPerpetual()
                && !end().orElseThrow().isBefore(required.end().orElseThrow());
    }

    /** Whether the term is already over on {@code date}, i.e. {@code date} is on or after its end. */
    public boolean endsBefore(LocalDate date) {
        return end().map(end -> !end.isAfter(date)).orElse(false);
    }

    /** Whether {@code date} falls within the term. */
    public boolean includes(LocalDate date) {
        return !date.isBefore(start) && !endsBefore(date);
    }

    /**
     * A phrase for people: "In perpetuity from 1 March 2026" or "10 years from 1 March 2026 (to 29
     * February 2036)", the date in brackets being the last day covered.
     */
    public String describe() {
        if (isPerpetual()) {
            return "In perpetuity from " + LONG_DATE.format(start);
        }
        String unit = years == 1 ? " year" : " years";
        LocalDate lastDay = end().orElseThrow().minusDays(1);
        return years + unit + " from " + LONG_DATE.format(start) + " (to " + LONG_DATE.format(lastDay) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Term that && start.equals(that.start) && Objects.equals(years, that.years);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, years);
    }

    @Override
    public String toString() {
        return describe();
    }
}
