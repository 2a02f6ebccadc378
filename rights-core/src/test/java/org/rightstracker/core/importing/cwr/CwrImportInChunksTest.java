package org.rightstracker.core.importing.cwr;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.audit.AuditAction;
import org.rightstracker.core.audit.AuditEntry;
import org.rightstracker.core.work.Work;

/**
 * The commit writes a long file in slices, emptying its session between them (so that saving a
 * matched work does not dirty-check everything imported so far): works on both sides of a slice
 * boundary are written in full, with their history, and the import stays one transaction.
 */
@QuarkusTest
class CwrImportInChunksTest {

    /** More works than one slice of the commit holds, so the second import crosses four boundaries. */
    private static final int WORKS = 450;

    private static final Pattern NWR_LANGUAGE = Pattern.compile("^(NWR.{76})EN", Pattern.MULTILINE);

    @Inject
    CwrImport cwr;

    @Test
    void aFileThatUpdatesMoreWorksThanOneSliceUpdatesEveryWorkWithItsHistory() {
        String first = CwrSampleFile.generate(WORKS, 4_501L);
        // The same works, now registered in French: every work's registration details change.
        String second = NWR_LANGUAGE.matcher(first).replaceAll("$1FR");
        assertThat(second).isNotEqualTo(first);

        CwrImportResult created = cwr.commit("first.V21", first);
        CwrImportResult updated = cwr.commit("second.V21", second);
        CwrImportResult again = cwr.commit("second.V21", second);

        assertThat(created.worksCreated()).isEqualTo(WORKS);
        assertThat(updated.worksUpdated()).isEqualTo(WORKS);
        assertThat(again.worksUnchanged())
                .as("the second file's state was written whole: importing it again changes nothing")
                .isEqualTo(WORKS);
        QuarkusTransaction.requiringNew().run(() -> {
            for (String number : new String[] {"SMP00000001", "SMP00000101", "SMP00000450"}) {
                Work work = Work.find("submitterWorkNumber", number).singleResult();
                assertThat(work.languageCode).as(number).isEqualTo("FR");
                assertThat(work.writers).as(number).isNotEmpty();
                assertThat(AuditEntry.count("workId = ?1 and action = ?2", work.id, AuditAction.CHANGED))
                        .as("history of " + number)
                        .isPositive();
            }
        });
    }
}
