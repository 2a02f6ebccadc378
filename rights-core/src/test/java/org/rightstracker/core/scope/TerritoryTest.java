package org.rightstracker.core.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rightstracker.core.shared.InvalidValueException;

class TerritoryTest {

    @ParameterizedTest
    @CsvSource({
        "WORLD, WORLD, World",
        "world, WORLD, World",
        "Worldwide, WORLD, World",
        "eu, EU, European Union",
        "EUROPE, EUROPE, Europe",
        "north_america, NORTH_AMERICA, North America",
        "LATIN-AMERICA, LATIN_AMERICA, Latin America",
        "UK_IE, UK_IE, United Kingdom and Ireland",
        "dach, DACH, 'Germany, Austria and Switzerland'",
        "NORDICS, NORDICS, Nordic countries",
        "ANZ, ANZ, Australia and New Zealand",
        "ASIA, ASIA, Asia",
        "us, US, United States",
        "' GB ', GB, United Kingdom",
        "UK, GB, United Kingdom",
        "cn, CN, China",
        "JP, JP, Japan"
    })
    void readsWorldRegionsAndCountries(String text, String code, String name) {
        Territory territory = Territory.of(text);

        assertThat(territory.code()).isEqualTo(code);
        assertThat(territory.name()).isEqualTo(name);
        assertThat(territory).hasToString(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "ZZ", "USA", "America", "EU27"})
    void refusesUnknownCodesExplainingWhatIsAccepted(String code) {
        assertThatThrownBy(() -> Territory.of(code))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Unknown territory '" + code
                        + "'; use WORLD, a region (EU, EUROPE, ...) or an ISO 3166 country code.");
    }

    @Test
    void refusesBlank() {
        assertThatThrownBy(() -> Territory.of(" ")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void worldIsEveryIsoCountry() {
        assertThat(Territory.WORLD.isWorld()).isTrue();
        assertThat(Territory.WORLD.countries()).containsExactlyInAnyOrder(Locale.getISOCountries());
        assertThat(Territory.of("US").isWorld()).isFalse();
    }

    @Test
    void aCountryStandsForItself() {
        assertThat(Territory.of("de").countries()).containsExactly("DE");
        assertThat(Territory.of("DE").isCountry()).isTrue();
        assertThat(Territory.of("DACH").isCountry()).isFalse();
    }

    @Test
    void theEuropeanUnionHasItsTwentySevenMembers() {
        assertThat(Territory.of("EU").countries())
                .hasSize(27)
                .contains("DE", "FR", "IE", "CY", "HR")
                .doesNotContain("GB", "CH", "NO");
    }

    @Test
    void europeIsTheUnionPlusTheRestOfTheContinent() {
        assertThat(Territory.of("EUROPE").countries())
                .containsAll(Territory.of("EU").countries())
                .contains("GB", "CH", "NO", "IS", "LI", "UA", "RS")
                .doesNotContain("US", "TR", "MA");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "NORTH_AMERICA | US CA",
                "UK_IE         | GB IE",
                "DACH          | DE AT CH",
                "NORDICS       | DK FI IS NO SE",
                "ANZ           | AU NZ"
            })
    void smallRegionsHaveExactlyTheirMembers(String region, String members) {
        assertThat(Territory.of(region).countries()).containsExactlyInAnyOrder(members.split(" "));
    }

    @Test
    void latinAmericaAndAsiaHoldTheirMainMarkets() {
        assertThat(Territory.of("LATIN_AMERICA").countries())
                .contains("MX", "BR", "AR", "CO", "CL", "PE", "GT", "CU", "DO")
                .doesNotContain("US", "ES", "PT", "JM");
        assertThat(Territory.of("ASIA").countries())
                .contains("CN", "JP", "KR", "IN", "ID", "TH", "VN", "PH", "SG")
                .doesNotContain("AU", "SA", "IL", "RU");
    }

    @Test
    void everyRegionExpandsToRealIsoCountries() {
        Set<String> iso = Set.of(Locale.getISOCountries());

        assertThat(Territory.regions()).allSatisfy(region -> assertThat(iso).containsAll(region.countries()));
        assertThat(Territory.regions()).first().isEqualTo(Territory.WORLD);
    }

    @Test
    void territoriesAreEqualByCode() {
        assertThat(Territory.of("uk")).isEqualTo(Territory.of("GB")).hasSameHashCodeAs(Territory.of("gb"));
        assertThat(Territory.of("EU")).isNotEqualTo(Territory.of("EUROPE"));
    }
}
