package org.rightstracker.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearlySameTest {

    @Test
    void aTypingSlipOrSpacingIsNearlyTheSame() {
        assertThat(CatalogueDuplicates.nearlySame("harbour lights music", "harbour lights musik"))
                .isTrue();
        assertThat(CatalogueDuplicates.nearlySame("harbour lights music", "harbour lights musc"))
                .isTrue();
        assertThat(CatalogueDuplicates.nearlySame("harbourlights", "harbour lights"))
                .isTrue();
    }

    @Test
    void anotherNumberOrOneLetterNameIsAnotherRecord() {
        assertThat(CatalogueDuplicates.nearlySame("publisher a song", "publisher b song"))
                .isFalse();
        assertThat(CatalogueDuplicates.nearlySame("cue song 1", "cue song 2")).isFalse();
        assertThat(CatalogueDuplicates.nearlySame("night drive", "day drive")).isFalse();
        assertThat(CatalogueDuplicates.nearlySame("abc", "abd")).isFalse();
    }
}
