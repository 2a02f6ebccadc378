package org.rightstracker.core.scope;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.rightstracker.core.shared.InvalidValueException;

/**
 * A territory as licences name it: the WORLD, a named region, or one ISO 3166-1 alpha-2 country. Every
 * territory expands to the set of countries it stands for, which is what coverage is decided on.
 */
public final class Territory {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private static final Set<String> EU_MEMBERS = Set.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
            "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    // Europe as the UN M49 geoscheme defines it (which places Russia in Eastern Europe), plus Cyprus,
    // an EU member that M49 lists under Western Asia. Deals that treat Russia or Turkey differently
    // should name countries or exclusions explicitly.
    private static final Set<String> OTHER_EUROPEAN = Set.of(
            "AD", "AL", "AX", "BA", "BY", "CH", "FO", "GB", "GG", "GI", "IM", "IS", "JE", "LI", "MC", "MD", "ME", "MK",
            "NO", "RS", "RU", "SJ", "SM", "UA", "VA");

    // Central America and the twelve sovereign states of South America, whatever their language,
    // plus the Spanish-speaking Caribbean. Puerto Rico is a US territory, so a scope naming both US
    // and LATIN_AMERICA counts it once, and excluding either does not silently drop the other.
    private static final Set<String> LATIN_AMERICAN = Set.of(
            "MX", "BZ", "CR", "SV", "GT", "HN", "NI", "PA", "AR", "BO", "BR", "CL", "CO", "EC", "GY", "PY", "PE", "SR",
            "UY", "VE", "CU", "DO", "PR");

    // UN M49 Eastern, South-eastern, Southern and Central Asia. Western Asia is left out: licences
    // usually name it separately as the Middle East (often with North Africa), so folding it into ASIA
    // would make an "Asia" grant look wider than the contract.
    private static final Set<String> ASIAN = Set.of(
            "CN", "HK", "MO", "JP", "KP", "KR", "MN", "TW", "BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL",
            "VN", "AF", "BD", "BT", "IN", "IR", "LK", "MV", "NP", "PK", "KZ", "KG", "TJ", "TM", "UZ");

    private static final Map<String, String> ALIASES = Map.of("UK", "GB", "WORLDWIDE", "WORLD");

    private static final Map<String, Territory> REGIONS = regions(
            new Territory("WORLD", "World", ISO_COUNTRIES),
            new Territory("EU", "European Union", EU_MEMBERS),
            new Territory("EUROPE", "Europe", union(EU_MEMBERS, OTHER_EUROPEAN)),
            // In film and TV distribution "North America" is the US and Canadian domestic market.
            new Territory("NORTH_AMERICA", "North America", Set.of("US", "CA")),
            new Territory("LATIN_AMERICA", "Latin America", LATIN_AMERICAN),
            new Territory("UK_IE", "United Kingdom and Ireland", Set.of("GB", "IE")),
            new Territory("DACH", "Germany, Austria and Switzerland", Set.of("DE", "AT", "CH")),
            new Territory("NORDICS", "Nordic countries", Set.of("DK", "FI", "IS", "NO", "SE")),
            new Territory("ANZ", "Australia and New Zealand", Set.of("AU", "NZ")),
            new Territory("ASIA", "Asia", ASIAN));

    public static final Territory WORLD = REGIONS.get("WORLD");

    private final String code;
    private final String name;
    private final Set<String> countries;

    private Territory(String code, String name, Set<String> countries) {
        this.code = code;
        this.name = name;
        this.countries = Collections.unmodifiableSet(new TreeSet<>(countries));
    }

    private static Map<String, Territory> regions(Territory... regions) {
        Map<String, Territory> byCode = new LinkedHashMap<>();
        for (Territory region : regions) {
            byCode.put(region.code, region);
        }
        return Collections.unmodifiableMap(byCode);
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        return Stream.concat(first.stream(), second.stream()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Reads WORLD, a region code (EU, EUROPE, NORTH_AMERICA, LATIN_AMERICA, UK_IE, DACH, NORDICS, ANZ,
     * ASIA) or an ISO 3166 country code, in any case. "UK" is read as GB and "WORLDWIDE" as WORLD,
     * since contracts use both.
     */
    public static Territory of(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidValueException(
                    "Territory is empty; use WORLD, a region (EU, EUROPE, ...) or an ISO 3166 country code.");
        }
        String shown = code.strip();
        String normalised = shown.toUpperCase(Locale.ROOT).replace('-', '_');
        normalised = ALIASES.getOrDefault(normalised, normalised);
        Territory region = REGIONS.get(normalised);
        if (region != null) {
            return region;
        }
        if (ISO_COUNTRIES.contains(normalised)) {
            return new Territory(normalised, countryName(normalised), Set.of(normalised));
        }
        throw new InvalidValueException("Unknown territory '" + shown
                + "'; use WORLD, a region (EU, EUROPE, ...) or an ISO 3166 country code.");
    }

    /** The named regions a form can offer, WORLD first. */
    public static List<Territory> regions() {
        return List.copyOf(REGIONS.values());
    }

    /** The canonical code: "WORLD", a region code such as "EU", or a country code such as "GB". */
    public String code() {
        return code;
    }

    /** The English name, e.g. "World", "European Union", "United States". */
    public String name() {
        return name;
    }

    /** The ISO 3166-1 alpha-2 codes this territory stands for, sorted. */
    public Set<String> countries() {
        return countries;
    }

    public boolean isWorld() {
        return code.equals(WORLD.code);
    }

    /** Whether this is a single country rather than WORLD or a region. */
    public boolean isCountry() {
        return !REGIONS.containsKey(code);
    }

    /** The English name of any ISO 3166 country code, for lists of expanded countries. */
    static String countryName(String countryCode) {
        return new Locale("", countryCode).getDisplayCountry(Locale.ENGLISH);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Territory that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
