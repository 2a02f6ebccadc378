package org.rightstracker.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightstracker.web.page.MergeFields.Field;

/** The three-way merge on its own: plain records, no server. */
class MergeFieldsTest {

    record Sample(
            String title,
            String notes,
            List<String> media,
            List<String> party,
            List<String> share,
            String version,
            String baseline) {}

    static final MergeFields<Sample> FIELDS = MergeFields.of(Sample.class)
            .field("title", "Title")
            .field("notes", "Notes")
            .field("media", "Media")
            .rows("owners", "Owners", s -> String.join("; ", s.party()), "party", "share")
            .build();

    static Sample opened(String title, String notes) {
        return FIELDS.opened(
                new Sample(title, notes, List.of("TV"), List.of("A", "B"), List.of("50", "50"), "3", null));
    }

    @Test
    void aFieldOnlyTheyChangedTakesTheirsAndOneOnlyIChangedKeepsMine() {
        Sample mine = with(opened("Old", "n"), "Mine", "n");
        Sample theirs = new Sample("Old", "their note", List.of("TV"), List.of("A", "B"), List.of("50", "50"), "4", "");

        EditMerge.Merge<Sample> merge = EditMerge.merge(FIELDS, mine, theirs);

        assertThat(merge.form().title()).isEqualTo("Mine");
        assertThat(merge.form().notes()).isEqualTo("their note");
        assertThat(merge.kept()).extracting(Field::label).containsExactly("Notes");
        assertThat(merge.bothChanged()).isEmpty();
        assertThat(merge.form().version())
                .as("the merge is saved at the current version")
                .isEqualTo("4");
        assertThat(FIELDS.baseline(merge.form())).isEqualTo(FIELDS.baseline(FIELDS.opened(theirs)));
    }

    @Test
    void aFieldBothChangedToDifferentValuesIsLeftToChooseAndHoldsMine() {
        Sample mine = with(opened("Old", "n"), "Mine", "n");
        Sample theirs = new Sample("Theirs", "n", List.of("TV"), List.of("A", "B"), List.of("50", "50"), "4", "");

        EditMerge.Merge<Sample> merge = EditMerge.merge(FIELDS, mine, theirs);

        assertThat(merge.bothChanged()).extracting(Field::key).containsExactly("title");
        assertThat(merge.form().title()).isEqualTo("Mine");
        assertThat(FIELDS.shown(theirs, merge.bothChanged().get(0))).isEqualTo("Theirs");
    }

    @Test
    void bothMakingTheSameChangeIsNoConflict() {
        Sample mine = with(opened("Old", "n"), "Same", "n");
        Sample theirs = new Sample("Same", "n", List.of("TV"), List.of("A", "B"), List.of("50", "50"), "4", "");

        EditMerge.Merge<Sample> merge = EditMerge.merge(FIELDS, mine, theirs);

        assertThat(merge.bothChanged()).isEmpty();
        assertThat(merge.kept()).isEmpty();
    }

    @Test
    void shareRowsMergeAsOneFieldNeverColumnByColumn() {
        Sample base = opened("T", "n");
        Sample mine = new Sample("T", "n", List.of("TV"), List.of("A", "C"), List.of("50", "50"), "3", base.baseline());
        Sample theirs = new Sample("T", "n", List.of("TV"), List.of("A", "B"), List.of("60", "40"), "4", "");

        EditMerge.Merge<Sample> merge = EditMerge.merge(FIELDS, mine, theirs);

        assertThat(merge.bothChanged()).extracting(Field::label).containsExactly("Owners");
        assertThat(merge.form().party()).containsExactly("A", "C");
        assertThat(merge.form().share()).containsExactly("50", "50");
    }

    @Test
    void spacingAndBrowserLineBreaksAreNotAChange() {
        Sample base = opened("Title", "line one\nline two");
        Sample resent = with(base, " Title ", "line one\r\nline two");

        assertThat(FIELDS.baseline(FIELDS.opened(resent))).isEqualTo(FIELDS.baseline(base));
    }

    @Test
    void withoutABaselineEveryDifferenceIsTheUsersChoice() {
        Sample mine = new Sample("Mine", "n", List.of("TV"), List.of("A"), List.of("100"), "3", null);
        Sample theirs = new Sample("Theirs", "n", List.of("TV"), List.of("A"), List.of("100"), "4", "");

        EditMerge.Merge<Sample> merge = EditMerge.merge(FIELDS, mine, theirs);

        assertThat(merge.bothChanged()).extracting(Field::key).containsExactly("title");
        assertThat(merge.kept()).isEmpty();
    }

    @Test
    void aBaselineIsSmallWhateverTheFieldsHold() {
        Sample big = FIELDS.opened(
                new Sample("T", "x".repeat(100_000), List.of("TV"), List.of("A"), List.of("100"), "1", null));

        assertThat(big.baseline()).hasSizeLessThan(80).startsWith("title~").contains(",notes~");
    }

    private static Sample with(Sample s, String title, String notes) {
        return new Sample(title, notes, s.media(), s.party(), s.share(), s.version(), s.baseline());
    }
}
