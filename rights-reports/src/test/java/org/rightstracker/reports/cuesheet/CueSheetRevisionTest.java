package org.rightstracker.reports.cuesheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.cuesheet.CueSheetRevision;
import org.rightstracker.core.cuesheet.CueSheetRevisionService;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.signoff.IssuedFileStore;
import org.rightstracker.reports.Failures;
import org.rightstracker.reports.PdfText;
import org.rightstracker.reports.TestProductions;

@QuarkusTest
class CueSheetRevisionTest {

    @Inject
    TestProductions productions;

    @Inject
    CueSheetIssuer issuer;

    @Inject
    CueSheetRevisionService revisions;

    @Test
    void aSecondRevisionIsMarkedRevisedAndBothStayLockedWithTheirExactBytes() {
        long film = productions.soundtrackFilm(TestProductions.unique("Revised Film"), 3);

        CueSheetRevision first = issuer.issue(film, "Dana Cole", Instant.parse("2026-03-01T10:00:00Z"));
        CueSheetRevision second = issuer.issue(film, "Sigrún Ósk", Instant.parse("2026-03-08T10:00:00Z"));

        assertThat(first.number).isEqualTo(1);
        assertThat(second.number).isEqualTo(2);
        assertThat(revisions.nextNumber(film)).isEqualTo(3);
        List<CueSheetRevision> listed = revisions.list(film);
        assertThat(listed).extracting(r -> r.number).containsExactly(1, 2);

        byte[] firstPdf = revisions.pdf(revisions.get(film, 1));
        byte[] secondPdf = revisions.pdf(revisions.get(film, 2));
        assertThat(IssuedFileStore.sha256(firstPdf)).isEqualTo(first.sha256);
        assertThat(IssuedFileStore.sha256(secondPdf)).isEqualTo(second.sha256);
        assertThat(first.sha256).isNotEqualTo(second.sha256);

        String firstText = PdfText.of(firstPdf).all();
        String secondText = PdfText.of(secondPdf).all();
        assertThat(firstText).contains("Revision 1", "Dana Cole").doesNotContain("REVISED");
        assertThat(secondText).contains("REVISED — Revision 2", "Sigrún Ósk");
        // An issued filing goes to the societies: the internal pre-issue warnings are not printed on it.
        assertThat(secondText).doesNotContain("warnings to resolve");
        // Only a draft is watermarked; an issued revision names its number in every page's footer instead.
        assertThat(secondText.replaceAll("\\s+", "")).doesNotContain("DRAFT");
        PdfText pages = PdfText.of(secondPdf);
        for (int page = 1; page <= pages.pageCount(); page++) {
            assertThat(pages.pages().get(page - 1)).contains("Revision 2");
        }
    }

    @Test
    void anIssuedRevisionCannotBeChangedOrDeleted() {
        long film = productions.soundtrackFilm(TestProductions.unique("Locked Film"), 2);
        CueSheetRevision issued = issuer.issue(film, "Dana Cole", Instant.now());

        Throwable change =
                Failures.thrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    CueSheetRevision revision = revisions.get(film, 1);
                    revision.issuedBy = "Someone else";
                    CueSheetRevision.flush();
                }));
        Failures.assertCausedBy(change, ConflictException.class).hasMessageContaining("is locked");
        Throwable removal = Failures.thrownBy(() -> QuarkusTransaction.requiringNew()
                .run(() -> revisions.get(film, 1).delete()));
        Failures.assertCausedBy(removal, ConflictException.class).hasMessageContaining("cannot be deleted");

        CueSheetRevision reloaded = QuarkusTransaction.requiringNew().call(() -> revisions.get(film, 1));
        assertThat(reloaded.issuedBy).isEqualTo("Dana Cole");
        assertThat(reloaded.sha256).isEqualTo(issued.sha256);
    }

    @Test
    void aRevisionNumberTakenMeanwhileIsRefused() {
        long film = productions.soundtrackFilm(TestProductions.unique("Race Film"), 1);
        issuer.issue(film, "Dana Cole", Instant.now());

        assertThatThrownBy(() -> revisions.issue(
                        film,
                        1,
                        "Late Issuer",
                        Instant.now(),
                        new CueSheetRevisionService.IssuedContents(1, 30, 0),
                        "late.pdf",
                        new byte[] {1, 2, 3}))
                .isInstanceOf(ConflictException.class);
    }
}
