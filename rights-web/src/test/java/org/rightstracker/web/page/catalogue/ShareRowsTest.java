package org.rightstracker.web.page.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rightstracker.web.page.FormErrors;

/** The one share editor behind the work and recording forms, without a server. */
class ShareRowsTest {

    private static final ShareRows.Side WRITERS = WorkForm.WRITERS;

    private static ShareRows writers(List<String> parties, List<String> shares) {
        return ShareRows.of(WRITERS, parties, shares, List.of("CA", "A"), List.of("", "PRS"), List.of("true", "false"));
    }

    @Test
    void aRowWithNeitherPartyNorShareIsDroppedAndTheOthersKeepEveryColumn() {
        ShareRows compacted = writers(List.of("", "Ann"), List.of(" ", "40")).compact();

        assertThat(compacted.parties()).containsExactly("Ann");
        assertThat(compacted.shares()).containsExactly("40");
        assertThat(compacted.roles()).containsExactly("A");
        assertThat(compacted.societies()).containsExactly("PRS");
        assertThat(compacted.forHire()).containsExactly("false");
    }

    @Test
    void addingARowStartsItWithTheSidesDefaultRoleAndOnlyTheNamedSideChanges() {
        ShareRows rows = writers(List.of("Ann", "Bob"), List.of("40", "60"));

        assertThat(rows.edited("add-writer").roles()).containsExactly("CA", "A", "CA");
        assertThat(rows.edited("add-writer").parties()).containsExactly("Ann", "Bob", "");
        assertThat(rows.edited("add-publisher")).isEqualTo(rows);
    }

    @Test
    void removingARowTakesItOutOfEveryColumnAndAnUnknownRowChangesNothing() {
        ShareRows rows = writers(List.of("Ann", "Bob"), List.of("40", "60"));

        ShareRows removed = rows.edited("remove-writer-0");
        assertThat(removed.parties()).containsExactly("Bob");
        assertThat(removed.societies()).containsExactly("PRS");
        assertThat(rows.edited("remove-writer-7")).isEqualTo(rows);
        assertThat(rows.edited("remove-writer-x")).isEqualTo(rows);
        assertThat(rows.edited("remove-owner-0")).isEqualTo(rows);
    }

    @Test
    void eachLineCarriesTheMessagesNamedAfterItsRow() {
        FormErrors errors = FormErrors.of(
                List.of(
                        new org.rightstracker.core.shared.FieldError("writers[1].share", "Share is 140%."),
                        new org.rightstracker.core.shared.FieldError("writers[0].partyId", "Choose a party.")),
                Set.of("writers"));

        List<ShareRows.Line> lines =
                writers(List.of("", "Bob"), List.of("10", "140")).lines(errors);

        assertThat(lines).extracting(ShareRows.Line::partyError).containsExactly("Choose a party.", null);
        assertThat(lines).extracting(ShareRows.Line::shareError).containsExactly(null, "Share is 140%.");
        assertThat(lines).extracting(ShareRows.Line::forHire).containsExactly(true, false);
    }

    @Test
    void theSummaryAndTotalReadTheRowsAsTyped() {
        ShareRows rows = writers(List.of("Ann", "Bob"), List.of("40", "60"));

        assertThat(rows.summary()).isEqualTo("Ann 40% CA (for hire); Bob 60% A PRS");
        assertThat(rows.total().state()).isEqualTo("ok");
        ShareRows owners = ShareRows.of(RecordingForm.OWNERS, List.of("Label"), List.of("70"), null, null, null);
        assertThat(owners.summary()).isEqualTo("Label 70%");
        assertThat(owners.total().verdict()).startsWith("30% is not accounted for");
    }

    @Test
    void onlyAddAndRemoveActionsAreRowEdits() {
        assertThat(ShareRows.isRowEdit("add-owner")).isTrue();
        assertThat(ShareRows.isRowEdit("remove-writer-1")).isTrue();
        assertThat(ShareRows.isRowEdit("save")).isFalse();
        assertThat(ShareRows.isRowEdit(null)).isFalse();
    }
}
