package org.rightstracker.core.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightstracker.core.shared.InvalidValueException;

class MediaSetTest {

    @ParameterizedTest(name = "{0} granted, {1} required: covers={2}, missing={3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ALL_MEDIA                 | THEATRICAL                | true  | ''",
                "ALL_MEDIA                 | ALL_MEDIA                 | true  | ''",
                "ALL_MEDIA                 | THEATRICAL SVOD IN_GAME   | true  | ''",
                "THEATRICAL                | ALL_MEDIA                 | false | ALL_MEDIA",
                "FESTIVAL                  | THEATRICAL,SVOD           | false | THEATRICAL,SVOD",
                "FESTIVAL THEATRICAL       | THEATRICAL,SVOD           | false | SVOD",
                "THEATRICAL,SVOD,FESTIVAL  | THEATRICAL,SVOD           | true  | ''",
                "THEATRICAL                | THEATRICAL                | true  | ''",
                "THEATRICAL                | ALL_MEDIA THEATRICAL      | false | ALL_MEDIA",
                "''                        | THEATRICAL                | false | THEATRICAL",
                "''                        | ''                        | true  | ''",
                "FREE_TV PAY_TV SVOD AVOD TVOD EST HOME_VIDEO | ALL_MEDIA | false | ALL_MEDIA"
            })
    void coverageFollowsTheGrantedMedia(String granted, String required, boolean covers, String missing) {
        MediaSet grant = MediaSet.parse(granted);
        MediaSet need = MediaSet.parse(required);

        assertThat(grant.covers(need)).isEqualTo(covers);
        assertThat(grant.missing(need))
                .containsExactlyElementsOf(MediaSet.parse(missing).media());
    }

    @Test
    void licenceCoveringFestivalOnlyDoesNotClearTheatricalAndSvodPlan() {
        MediaSet festivalOnly = MediaSet.of(Media.FESTIVAL);
        MediaSet plan = MediaSet.of(Media.THEATRICAL, Media.SVOD);

        assertThat(festivalOnly.covers(plan)).isFalse();
        assertThat(festivalOnly.missing(plan)).containsExactly(Media.THEATRICAL, Media.SVOD);
        assertThat(MediaSet.of(festivalOnly.missing(plan)).describe()).isEqualTo("Theatrical and SVOD");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "THEATRICAL                  | Theatrical",
                "THEATRICAL SVOD             | Theatrical and SVOD",
                "FESTIVAL SVOD THEATRICAL    | Theatrical, SVOD and Festival",
                "ALL_MEDIA                   | All media",
                "IN_CONTEXT_PROMO INTERNET_SOCIAL | In-context promo and Internet / social",
                "''                          | No media"
            })
    void describesMediaInPlainEnglishInEnumOrder(String text, String description) {
        assertThat(MediaSet.parse(text).describe()).isEqualTo(description);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "svod, theatrical      | THEATRICAL,SVOD",
                "Festival,,Theatrical  | THEATRICAL,FESTIVAL",
                "home-video  est       | EST,HOME_VIDEO",
                "SVOD SVOD             | SVOD",
                "'   '                 | ''"
            })
    void storesACanonicalCodeInEnumOrder(String text, String code) {
        MediaSet media = MediaSet.parse(text);

        assertThat(media.code()).isEqualTo(code);
        assertThat(media).hasToString(code);
        assertThat(MediaSet.parse(media.code())).isEqualTo(media);
    }

    @Test
    void blankOrNullTextIsTheEmptySet() {
        assertThat(MediaSet.parse(null).isEmpty()).isTrue();
        assertThat(MediaSet.parse("").isEmpty()).isTrue();
        assertThat(MediaSet.parse("svod").isEmpty()).isFalse();
    }

    @Test
    void refusesAnUnknownMediaNamingItAndTheValidOnes() {
        assertThatThrownBy(() -> MediaSet.parse("THEATRICAL, CINEMA"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Unknown media 'CINEMA'; use one of ALL_MEDIA, THEATRICAL, FREE_TV")
                .hasMessageContaining("SOUNDTRACK_ALBUM");
    }

    @Test
    void exposesAnUnmodifiableView() {
        MediaSet media = MediaSet.of(Media.SVOD);

        assertThatThrownBy(() -> media.media().add(Media.THEATRICAL)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalSetsAreEqualHoweverBuilt() {
        assertThat(MediaSet.of(List.of(Media.SVOD, Media.THEATRICAL)))
                .isEqualTo(MediaSet.parse("theatrical svod"))
                .hasSameHashCodeAs(MediaSet.of(Media.THEATRICAL, Media.SVOD))
                .isNotEqualTo(MediaSet.of(Media.SVOD));
        assertThat(MediaSet.of()).isEqualTo(MediaSet.parse(""));
    }

    @Test
    void mediaAreInTheOrderLicencesListThem() {
        assertThat(Media.values())
                .extracting(Media::label)
                .containsExactly(
                        "All media",
                        "Theatrical",
                        "Free TV",
                        "Pay TV",
                        "SVOD",
                        "AVOD",
                        "TVOD",
                        "EST",
                        "Home video",
                        "Festival",
                        "In-context promo",
                        "Out-of-context trailer",
                        "Internet / social",
                        "In-game",
                        "Soundtrack album");
    }
}
