package org.rightstracker.core.scope;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The territories a licence grants or a release plan needs: the included territories minus the
 * excluded ones, as contracts write them ("World excluding China and Russia"). Coverage is decided on
 * the expanded country sets, so "EUROPE" covers "DE" and "EU" plus "GB" covers "UK_IE".
 */
public final class TerritoryScope {

    private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");
    private static final Comparator<Territory> BY_CODE = Comparator.comparing(Territory::code);
    private static final int MISSING_NAMED_IN_FULL = 5;
    private static final int MISSING_EXAMPLES = 3;

    // The largest film, TV and music markets, roughly by size: when many countries are missing, these
    // are the ones worth naming because they are the ones a distributor will ask about.
    private static final List<String> MAJOR_MARKETS =
            List.of("US", "CN", "JP", "GB", "DE", "FR", "KR", "IN", "CA", "AU", "BR", "IT", "ES", "MX", "RU");

    /**
     * Scopes read from stored text, by their text: the same few ("WORLD", "GB,IE" …) are read for every
     * licence of every cue evaluated, and a scope is immutable. Bounded, since forms parse typed text too.
     */
    private static final Map<List<String>, TerritoryScope> PARSED = new ConcurrentHashMap<>();

    private static final int PARSED_LIMIT = 2_048;

    /** A bit per country code ever seen, so that coverage is a few word operations, not a set walk. */
    private static final Map<String, Integer> COUNTRY_BITS = new ConcurrentHashMap<>();

    private static final AtomicInteger NEXT_BIT = new AtomicInteger();

    private final Set<Territory> included;
    private final Set<Territory> excluded;
    private final Set<String> countries;
    private final BitSet countryBits;

    private TerritoryScope(Collection<Territory> included, Collection<Territory> excluded) {
        this.included = sorted(included);
        this.excluded = sorted(excluded);
        Set<String> expanded = new TreeSet<>();
        this.included.forEach(territory -> expanded.addAll(territory.countries()));
        this.excluded.forEach(territory -> expanded.removeAll(territory.countries()));
        this.countries = Collections.unmodifiableSet(expanded);
        this.countryBits = new BitSet();
        expanded.forEach(code -> countryBits.set(COUNTRY_BITS.computeIfAbsent(code, c -> NEXT_BIT.getAndIncrement())));
    }

    private static Set<Territory> sorted(Collection<Territory> territories) {
        Set<Territory> inOrder =
                territories.stream().sorted(BY_CODE).collect(Collectors.toCollection(LinkedHashSet::new));
        return Collections.unmodifiableSet(inOrder);
    }

    /** Included minus excluded; a null exclusion set means nothing is excluded. */
    public static TerritoryScope of(Set<Territory> included, Set<Territory> excluded) {
        return new TerritoryScope(included, excluded == null ? Set.of() : excluded);
    }

    /**
     * Reads territory codes separated by commas or spaces, e.g. ("WORLD", "CN, RU"). A blank text stands
     * for no territories.
     */
    public static TerritoryScope parse(String included, String excluded) {
        List<String> text = Arrays.asList(included, excluded);
        TerritoryScope known = PARSED.get(text);
        if (known != null) {
            return known;
        }
        TerritoryScope scope = new TerritoryScope(territories(included), territories(excluded));
        if (PARSED.size() < PARSED_LIMIT) {
            PARSED.putIfAbsent(text, scope);
        }
        return scope;
    }

    private static List<Territory> territories(String codes) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        return Stream.of(SEPARATORS.split(codes.strip())).map(Territory::of).toList();
    }

    public static TerritoryScope world() {
        return new TerritoryScope(Set.of(Territory.WORLD), Set.of());
    }

    /** The included territories, sorted by code. */
    public Set<Territory> included() {
        return included;
    }

    /** The excluded territories, sorted by code. */
    public Set<Territory> excluded() {
        return excluded;
    }

    /** The ISO 3166 country codes in scope: every included country not excluded, sorted. */
    public Set<String> countries() {
        return countries;
    }

    public boolean isEmpty() {
        return countries.isEmpty();
    }

    public boolean covers(TerritoryScope required) {
        BitSet lacking = (BitSet) required.countryBits.clone();
        lacking.andNot(countryBits);
        return lacking.isEmpty();
    }

    /** The country codes {@code required} needs that this lacks, sorted; empty exactly when this covers it. */
    public Set<String> missing(TerritoryScope required) {
        Set<String> lacking = new TreeSet<>(required.countries);
        lacking.removeAll(countries);
        return Collections.unmodifiableSet(lacking);
    }

    /**
     * A short phrase naming what {@code required} needs that this lacks: "China and Russia" for a few
     * countries, "87 countries incl. United States, China and Japan" for many; "" when nothing is missing.
     */
    public String describeMissing(TerritoryScope required) {
        Set<String> lacking = missing(required);
        if (lacking.size() <= MISSING_NAMED_IN_FULL) {
            return EnglishList.of(
                    lacking.stream().map(Territory::countryName).sorted().toList());
        }
        List<String> examples = Stream.concat(
                        MAJOR_MARKETS.stream().filter(lacking::contains),
                        lacking.stream()
                                .filter(code -> !MAJOR_MARKETS.contains(code))
                                .sorted(Comparator.comparing(Territory::countryName)))
                .limit(MISSING_EXAMPLES)
                .map(Territory::countryName)
                .toList();
        return lacking.size() + " countries incl. " + EnglishList.of(examples);
    }

    /** The storage form of the included territories, codes sorted, e.g. "WORLD" or "GB,IE". */
    public String includedCode() {
        return code(included);
    }

    /** The storage form of the excluded territories, e.g. "CN,RU"; "" when none. */
    public String excludedCode() {
        return code(excluded);
    }

    private static String code(Set<Territory> territories) {
        return territories.stream().map(Territory::code).collect(Collectors.joining(","));
    }

    /** A phrase for people, e.g. "World excluding China and Russia" or "United Kingdom and Ireland". */
    public String describe() {
        if (included.isEmpty()) {
            return "No territories";
        }
        String description = names(included);
        return excluded.isEmpty() ? description : description + " excluding " + names(excluded);
    }

    private static String names(Set<Territory> territories) {
        return EnglishList.of(territories.stream().map(Territory::name).toList());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TerritoryScope that && included.equals(that.included) && excluded.equals(that.excluded);
    }

    @Override
    public int hashCode() {
        return 31 * included.hashCode() + excluded.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }
}
