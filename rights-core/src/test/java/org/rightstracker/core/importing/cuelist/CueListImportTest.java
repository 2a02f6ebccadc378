package org.rightstracker.core.importing.cuelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.production.ProductionInput;
import org.rightstracker.core.production.ProductionKind;
import org.rightstracker.core.production.ProductionService;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.core.work.Work;

@QuarkusTest
class CueListImportTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Inject
    CueListImport cueLists;

    @Inject
    ProductionService productions;

    private String tag;

    private long film() {
        tag = "CL" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
        Production film = productions.create(new ProductionInput(
                "Cue list film " + tag,
                ProductionKind.FEATURE_FILM,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                "1:40:00",
                "24",
                "100000",
                "USD",
                "ALL_MEDIA",
                "WORLD",
                "",
                LocalDate.now(),
                null,
                null,
                null));
        return film.id;
    }

    private String list() {
        return "Cue #,Title,Usage,In,Out,Artist,ISRC,Writers,Publishers,Master owners\n"
                + "1M1,Night Drive " + tag + ",BV,01:00:10:00,01:00:55:12,The Owls " + tag
                + ",,\"Jane Doe " + tag + " (PRS) 50; John Roe " + tag + " (ASCAP) 50\",Owl Songs " + tag
                + " (PRS) 100,Owl Records " + tag + "\n"
                + "1M2,Main Theme " + tag + ",MT,,,,,Composer " + tag + " (PRS),,\n";
    }

    private static long cues(long productionId) {
        return QuarkusTransaction.requiringNew().call(() -> Cue.count("production.id", productionId));
    }

    @Test
    void aPreviewWritesNothingAndSaysWhatWouldBeCreated() {
        long film = film();
        long parties = QuarkusTransaction.requiringNew().call(() -> Party.count());

        CueListPreview preview = cueLists.preview(film, "cues.csv", CueListReader.csv(list()));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.cues())
                .extracting(CuePlan::number, CuePlan::action)
                .containsExactly(tuple("1M1", RowAction.CREATE), tuple("1M2", RowAction.CREATE));
        assertThat(preview.newParties()).isEqualTo(5);
        assertThat(preview.newWorks()).isEqualTo(2);
        assertThat(preview.newRecordings()).isEqualTo(1);
        assertThat(cues(film)).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Party.count())).isEqualTo(parties);
    }

    @Test
    void aCommitCreatesTheCuesWithTheirWorksRecordingsAndShares() {
        long film = film();

        CueListImportResult result = cueLists.commit(film, "cues.csv", CueListReader.csv(list()));

        assertThat(result.cuesCreated()).isEqualTo(2);
        QuarkusTransaction.requiringNew().run(() -> {
            List<Cue> cues = Cue.list("production.id = ?1 order by number", film);
            Cue drive = cues.get(0);
            assertThat(drive.number).isEqualTo("1M1");
            assertThat(drive.usage).isEqualTo(CueUsage.BV);
            assertThat(drive.origin).isEqualTo(CueOrigin.SOUNDTRACK);
            assertThat(drive.timecodeIn).isEqualTo("01:00:10:00");
            assertThat(drive.durationSeconds).isEqualTo(46);
            assertThat(drive.work.writers)
                    .extracting(w -> w.party.name, w -> w.society, w -> w.share)
                    .containsExactly(
                            tuple("Jane Doe " + tag, "PRS", new BigDecimal("50.00")),
                            tuple("John Roe " + tag, "ASCAP", new BigDecimal("50.00")));
            assertThat(drive.work.publishers)
                    .extracting(p -> p.party.name, p -> p.share)
                    .containsExactly(tuple("Owl Songs " + tag, new BigDecimal("100.00")));
            assertThat(drive.recording.artist).isEqualTo("The Owls " + tag);
            assertThat(drive.recording.owners)
                    .extracting(o -> o.party.name, o -> o.share)
                    .containsExactly(tuple("Owl Records " + tag, new BigDecimal("100.00")));
            assertThat(drive.items).hasSize(2);
            Cue theme = cues.get(1);
            assertThat(theme.origin).isEqualTo(CueOrigin.SCORE);
            assertThat(theme.recording).isNull();
        });
    }

    @Test
    void reImportingTheSameListChangesNothingAndAnEditedRowUpdatesItsCue() {
        long film = film();
        cueLists.commit(film, "cues.csv", CueListReader.csv(list()));
        List<Long> versions = versions(film);
        long works = QuarkusTransaction.requiringNew().call(() -> Work.count());
        long recordings = QuarkusTransaction.requiringNew().call(() -> Recording.count());

        CueListImportResult again = cueLists.commit(film, "cues.csv", CueListReader.csv(list()));

        assertThat(again.cuesUnchanged()).isEqualTo(2);
        assertThat(versions(film)).isEqualTo(versions);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Work.count())).isEqualTo(works);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Recording.count()))
                .isEqualTo(recordings);

        String edited = list().replace(",MT,", ",ET,");
        CueListPreview preview = cueLists.preview(film, "cues.csv", CueListReader.csv(edited));
        assertThat(preview.cues()).extracting(CuePlan::action).containsExactly(RowAction.UNCHANGED, RowAction.UPDATE);
        assertThat(preview.cues().get(1).changes()).containsExactly("usage");
        cueLists.commit(film, "cues.csv", CueListReader.csv(edited));
        assertThat(cues(film)).isEqualTo(2);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> Cue.<Cue>find("production.id = ?1 and number = '1M2'", film)
                                .singleResult()
                                .usage))
                .isEqualTo(CueUsage.ET);
    }

    @Test
    void rowsWithErrorsAreReportedByLineAndColumnAndNothingIsWritten() {
        long film = film();
        String bad =
                "cue,title,usage,in,writers\n1M1,Fine,BI,,\n1M2,,XX,25:00:00:00,Jane (PRS) 60; Joe (BMI) 60\n1M1,Twice,,,\n";

        CueListPreview preview = cueLists.preview(film, "bad.csv", CueListReader.csv(bad));

        assertThat(preview.problems())
                .extracting(CueListProblem::line, CueListProblem::column)
                .containsExactly(
                        tuple(3, "Title"),
                        tuple(3, "Usage"),
                        tuple(3, "In"),
                        tuple(3, "Writers"),
                        tuple(4, "Cue number"));
        assertThat(preview.canCommit()).isFalse();
        assertThatThrownBy(() -> cueLists.commit(film, "bad.csv", CueListReader.csv(bad)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("5 error(s)");
        assertThat(cues(film)).isZero();
    }

    @Test
    void aListOfFiveHundredCuesImportsInOneGo() {
        long film = film();
        StringBuilder csv =
                new StringBuilder("Cue,Title,Usage,Duration,Artist,ISRC,Writers,Publishers,Master owners\n");
        for (int i = 1; i <= 500; i++) {
            csv.append(i % 9 + 1)
                    .append('M')
                    .append(i)
                    .append(",Song ")
                    .append(i)
                    .append(' ')
                    .append(tag)
                    .append(",BV,0:45,Band ")
                    .append(tag)
                    .append(",,Writer ")
                    .append(i % 20)
                    .append(' ')
                    .append(tag)
                    .append(" (PRS),Publisher ")
                    .append(i % 7)
                    .append(' ')
                    .append(tag)
                    .append(",Label ")
                    .append(tag)
                    .append('\n');
        }
        long start = System.nanoTime();

        CueListImportResult result = cueLists.commit(film, "500.csv", CueListReader.csv(csv.toString()));

        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertThat(result.cuesCreated()).isEqualTo(500);
        assertThat(result.worksCreated()).isEqualTo(500);
        assertThat(result.partiesCreated()).isEqualTo(20 + 7 + 1);
        assertThat(cues(film)).isEqualTo(500);
        assertThat(seconds).isLessThan(60);
    }

    private static List<Long> versions(long film) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Cue.<Cue>list("production.id = ?1 order by id", film).stream()
                        .flatMap(c -> java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(c.version),
                                c.items.stream().map(i -> i.version)))
                        .toList());
    }
}
