package org.rightstracker.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void typedTextIsFoldedIntoDistinctWords() {
        assertThat(SearchWords.of("  Lumière  ÉDITIONS lumiere ").words()).containsExactly("lumiere", "editions");
        assertThat(SearchWords.of("S.A. O'Brien-Music").words()).containsExactly("sa", "obrien", "music");
        assertThat(SearchWords.of(" , ").isBlank()).isTrue();
        assertThat(SearchWords.of(null).isBlank()).isTrue();
    }

    @Test
    void theIdentifierIsTheWholeTextWithoutPunctuation() {
        assertThat(SearchWords.of("t-034.524.680-1").identifier()).isEqualTo("T0345246801");
    }

    @Test
    void everyWordMustBeInOneOfTheTextsInAnyOrder() {
        assertThat(SearchWords.of("lumiere editions").matches("Éditions Lumière"))
                .isTrue();
        assertThat(SearchWords.of("editions LUMIÈRE").matches("Éditions Lumière"))
                .isTrue();
        assertThat(SearchWords.of("lumiere records").matches("Éditions Lumière"))
                .isFalse();
        assertThat(SearchWords.of("2m14 chase").matches("2M14", "Night Chase")).isTrue();
        assertThat(SearchWords.of("").matches("anything")).isTrue();
    }

    @Test
    void theConditionAsksEachWordOfSomeColumnOrTheIdentifierOfAnother() {
        SearchWords.Condition condition =
                SearchWords.of("Lumière éditions").where(List.of("nameKey", "otherKey"), List.of("ipi"));

        assertThat(condition.jpql())
                .isEqualTo("(ipi = :searchId or ((nameKey like :searchWord0 or otherKey like :searchWord0"
                        + " or ipi = :searchWord0Id) and (nameKey like :searchWord1 or otherKey like :searchWord1"
                        + " or ipi = :searchWord1Id)))");
        assertThat(condition.parameters())
                .containsEntry("searchId", "LUMIREDITIONS")
                .containsEntry("searchWord0", "%lumiere%")
                .containsEntry("searchWord0Id", "LUMIERE")
                .containsEntry("searchWord1", "%editions%")
                .containsEntry("searchWord1Id", "EDITIONS");
    }

    @Test
    void blankTextMatchesEveryRecordAndTooManyWordsAreCut() {
        SearchWords.Condition blank = SearchWords.of(" ").where(List.of("nameKey"), List.of());
        assertThat(blank.jpql()).isEqualTo("(1 = 1)");
        assertThat(blank.parameters()).isEmpty();
        assertThat(SearchWords.of("a b c d e f g h i j").words()).hasSize(SearchWords.MAX_WORDS);
    }
}
