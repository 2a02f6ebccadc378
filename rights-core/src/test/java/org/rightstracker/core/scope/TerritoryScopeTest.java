package org.rightstracker.core.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightstracker.core.shared.InvalidValueException;

class TerritoryScopeTest {

    @ParameterizedTest(name = "{0} minus [{1}] covers {2} minus [{3}]: {4}, missing [{5}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "WORLD         | ''    | US       | ''    | true  | ''",
                "WORLD         | ''    | WORLD    | ''    | true  | ''",
                "WORLD         | CN    | WORLD    | ''    | false | CN",
                "WORLD         | CN RU | WORLD    | CN,RU | true  | ''",
                "WORLD         | CN    | US JP    | ''    | true  | ''",
                "EUROPE        | ''    | DE       | ''    | true  | ''",
                "EU            | ''    | GB       | ''    | false | GB",
                "EU            | ''    | UK_IE    | ''    | false | GB",
                "EU GB         | ''    | UK_IE    | ''    | true  | ''",
                "NORTH_AMERICA | ''    | US CA    | ''    | true  | ''",
                "NORTH_AMERICA | ''    | US CA MX | ''    | false | MX",
                "US            | ''    | NORTH_AMERICA | '' | false | CA",
                "UK_IE         | ''    | GB       | ''    | true  | ''",
                "DACH          | ''    | NORDICS  | ''    | false | DK,FI,IS,NO,SE",
                "EUROPE        | DE    | DACH     | ''    | false | DE",
                "''            | ''    | US       | ''    | false | US"
            })
    void coverageIsDecidedOnExpandedCountries(
            String included,
            String excluded,
            String requiredIncluded,
            String requiredExcluded,
            boolean covers,
            String missing) {
        TerritoryScope grant = TerritoryScope.parse(included, excluded);
        TerritoryScope need = TerritoryScope.parse(requiredIncluded, requiredExcluded);

        assertThat(grant.covers(need)).isEqualTo(covers);
        assertThat(grant.missing(need)).containsExactly(missing.isEmpty() ? new String[0] : missing.split(","));
    }

    @Test
    void worldExcludingChinaDoesNotClearAWorldPlan() {
        TerritoryScope grant = TerritoryScope.parse("WORLD", "CN");

        assertThat(grant.covers(TerritoryScope.world())).isFalse();
        assertThat(grant.missing(TerritoryScope.world())).containsExactly("CN");
        assertThat(grant.describeMissing(TerritoryScope.world())).isEqualTo("China");
    }

    @Test
    void countriesAreIncludedMinusExcluded() {
        TerritoryScope scope = TerritoryScope.parse("EUROPE", "GB RU");

        assertThat(scope.countries()).contains("DE", "FR", "CH").doesNotContain("GB", "RU", "US");
        assertThat(TerritoryScope.world().countries()).hasSize(Locale.getISOCountries().length);
        assertThat(TerritoryScope.parse("DACH", "DACH").isEmpty()).isTrue();
        assertThat(TerritoryScope.parse("", "").isEmpty()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "WORLD | CN RU  | WORLD         | China and Russia",
                "WORLD | ''     | WORLD         | ''",
                "DK    | ''     | NORDICS       | Finland, Iceland, Norway and Sweden",
                "EU    | ''     | EUROPE        | 25 countries incl. United Kingdom, Russia and Albania",
                "EU    | ''     | WORLD         | 222 countries incl. United States, China and Japan",
                "DACH  | ''     | LATIN_AMERICA | 23 countries incl. Brazil, Mexico and Argentina"
            })
    void describesWhatIsMissingBriefly(String included, String excluded, String required, String description) {
        TerritoryScope grant = TerritoryScope.parse(included, excluded);

        assertThat(grant.describeMissing(TerritoryScope.parse(required, ""))).isEqualTo(description);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "WORLD  | ''     | WORLD | ''    | World",
                "WORLD  | ru, cn | WORLD | CN,RU | World excluding China and Russia",
                "ie uk  | ''     | GB,IE | ''    | United Kingdom and Ireland",
                "UK_IE  | ''     | UK_IE | ''    | United Kingdom and Ireland",
                "EUROPE | GB     | EUROPE | GB   | Europe excluding United Kingdom",
                "US CA MX | ''   | CA,MX,US | '' | 'Canada, Mexico and United States'",
                "''     | ''     | ''    | ''    | No territories"
            })
    void storesStableCodesAndDescribesInWords(
            String included, String excluded, String includedCode, String excludedCode, String description) {
        TerritoryScope scope = TerritoryScope.parse(included, excluded);

        assertThat(scope.includedCode()).isEqualTo(includedCode);
        assertThat(scope.excludedCode()).isEqualTo(excludedCode);
        assertThat(scope.describe()).isEqualTo(description);
        assertThat(scope).hasToString(description);
        assertThat(TerritoryScope.parse(scope.includedCode(), scope.excludedCode()))
                .isEqualTo(scope);
    }

    @Test
    void buildsFromTerritorySetsAsWellAsText() {
        TerritoryScope fromSets = TerritoryScope.of(Set.of(Territory.WORLD), Set.of(Territory.of("CN")));

        assertThat(fromSets)
                .isEqualTo(TerritoryScope.parse("world", "cn"))
                .hasSameHashCodeAs(TerritoryScope.parse("WORLD", "CN"))
                .isNotEqualTo(TerritoryScope.world());
        assertThat(fromSets.included()).containsExactly(Territory.WORLD);
        assertThat(fromSets.excluded()).containsExactly(Territory.of("CN"));
        assertThat(TerritoryScope.of(Set.of(Territory.WORLD), null)).isEqualTo(TerritoryScope.world());
    }

    @Test
    void refusesAnUnknownCodeInEitherList() {
        assertThatThrownBy(() -> TerritoryScope.parse("WORLD", "CN, XX"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Unknown territory 'XX'");
        assertThatThrownBy(() -> TerritoryScope.parse("EUROP", ""))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Unknown territory 'EUROP'");
    }

    @Test
    void coverageAgreesWithTheCountriesMissingForEveryPairOfScopes() {
        java.util.List<TerritoryScope> scopes = java.util.List.of(
                TerritoryScope.parse("WORLD", ""),
                TerritoryScope.parse("WORLD", "CN, RU"),
                TerritoryScope.parse("EUROPE", ""),
                TerritoryScope.parse("EUROPE", "DE"),
                TerritoryScope.parse("US CA", ""),
                TerritoryScope.parse("GB, IE", ""),
                TerritoryScope.parse("CN", ""),
                TerritoryScope.parse("", ""));
        for (TerritoryScope granted : scopes) {
            for (TerritoryScope required : scopes) {
                assertThat(granted.covers(required))
                        .as("%s covers %s", granted, required)
                        .isEqualTo(granted.missing(required).isEmpty());
            }
        }
        assertThat(TerritoryScope.parse("WORLD", "CN, RU").covers(TerritoryScope.parse("EUROPE", "RU")))
                .isTrue();
        assertThat(TerritoryScope.parse("WORLD", "CN, RU").covers(TerritoryScope.parse("CN", "")))
                .isFalse();
    }

    @Test
    void theSameStoredTextIsReadOnceAndGivesAnEqualScope() {
        TerritoryScope first = TerritoryScope.parse("WORLD", "CN,RU");

        assertThat(TerritoryScope.parse("WORLD", "CN,RU")).isSameAs(first);
        assertThat(TerritoryScope.parse("WORLD", "RU CN")).isEqualTo(first);
    }
}
