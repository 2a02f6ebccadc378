package org.rightstracker.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SearchKeyTest {

    @Test
    void accentsCasePunctuationAndSpacingAreFoldedAway() {
        assertThat(SearchKey.of("Éditions  Lumière, S.A.")).isEqualTo("editions lumiere sa");
        assertThat(SearchKey.of("ÉDITIONS LUMIÈRE")).isEqualTo(SearchKey.of("editions lumiere"));
        assertThat(SearchKey.of("Motörhead – Ace of Spades")).isEqualTo("motorhead ace of spades");
        assertThat(SearchKey.of("  O'Brien\tJr. ")).isEqualTo("obrien jr");
        assertThat(SearchKey.of(null)).isEmpty();
    }

    @Test
    void whatAUserTypesWithoutAccentsIsContainedInTheAccentedNamesKey() {
        assertThat(SearchKey.of("Éditions Lumière")).contains(SearchKey.of("lumiere"));
        assertThat(SearchKey.like("Lumiere")).isEqualTo("%lumiere%");
    }

    @Test
    void sortingByTheKeyPutsAccentedNamesAmongTheirPlainLetter() {
        List<String> sorted = Stream.of("Zebra Music", "Éditions Lumière", "Eagle Songs", "Fable Records", "edison")
                .sorted(Comparator.comparing(SearchKey::of))
                .toList();

        assertThat(sorted).containsExactly("Eagle Songs", "edison", "Éditions Lumière", "Fable Records", "Zebra Music");
    }

    @Test
    void keysAreCutToTheirColumnAndAlternateTitlesJoined() {
        assertThat(SearchKey.of("x".repeat(250), 200)).hasSize(200);
        assertThat(SearchKey.ofAll(List.of("Été indien", "Indian Summer"), 4000))
                .isEqualTo("ete indien | indian summer");
        assertThat(SearchKey.ofAll(List.of("a".repeat(300), "b".repeat(300)), 400))
                .hasSize(400);
    }
}
