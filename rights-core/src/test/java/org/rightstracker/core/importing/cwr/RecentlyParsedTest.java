package org.rightstracker.core.importing.cwr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A preview and its commit read a file once; any other text is read afresh. */
class RecentlyParsedTest {

    private final RecentlyParsed files = new RecentlyParsed(2);

    @Test
    void theSameTextComingAgainIsNotReadAgain() {
        String text = CwrFixtures.text(CwrFixtures.NWR_EXAMPLE);
        // Another String with the same characters, as the commit decodes the upload's bytes again.
        String again = new String(text.toCharArray());

        CwrDocument first = files.parse(text);

        assertThat(files.parse(again)).isSameAs(first);
        assertThat(first.works()).hasSize(1);
    }

    @Test
    void aTextDifferingByOneCharacterIsReadAfresh() {
        String text = CwrFixtures.text(CwrFixtures.NWR_EXAMPLE);
        String renamed = text.replace("THE WORK", "THE WORD");

        CwrDocument first = files.parse(text);
        CwrDocument second = files.parse(renamed);

        assertThat(second).isNotSameAs(first);
        assertThat(second.works().get(0).work().title()).isEqualTo("THE WORD");
        assertThat(files.parse(text)).isSameAs(first);
    }

    @Test
    void onlyTheLastFilesAreKept() {
        String a = CwrFixtures.text(CwrFixtures.NWR_EXAMPLE);
        String b = CwrFixtures.text(CwrFixtures.REV_EXAMPLE);
        String c = CwrFixtures.text(CwrFixtures.DEMO);

        CwrDocument firstA = files.parse(a);
        files.parse(b);
        files.parse(c);

        assertThat(files.parse(a)).isNotSameAs(firstA);
    }
}
