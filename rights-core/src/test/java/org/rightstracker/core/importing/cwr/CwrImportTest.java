package org.rightstracker.core.importing.cwr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.audit.AuditAction;
import org.rightstracker.core.audit.AuditEntry;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.recording.RecordingInput;
import org.rightstracker.core.recording.RecordingService;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.core.work.PublisherRole;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WriterDesignation;

@QuarkusTest
class CwrImportTest {

    @Inject
    CwrImport cwr;

    @BeforeEach
    void withoutTheFixturesData() {
        CwrFixtureData.remove();
    }

    @Test
    void aPreviewWritesNothing() {
        Map<String, Long> before = CwrFixtureData.counts();

        CwrPreview nwr = cwr.preview("nwr.V21", CwrFixtures.text(CwrFixtures.NWR_EXAMPLE));
        CwrPreview demo = cwr.preview("demo.v22", CwrFixtures.text(CwrFixtures.DEMO));

        assertThat(CwrFixtureData.counts()).isEqualTo(before);
        assertThat(nwr.works()).extracting(WorkPlan::action).containsExactly(PlannedAction.CREATE);
        assertThat(nwr.parties(PlannedAction.CREATE)).isEqualTo(4);
        assertThat(nwr.canCommit()).isTrue();
        assertThat(demo.canCommit()).isFalse();
    }

    @Test
    void theNwrExampleImportsEveryShareAsTheFileGivesIt() {
        CwrImportResult result = cwr.commit("nwr.V21", CwrFixtures.text(CwrFixtures.NWR_EXAMPLE));

        assertThat(result.worksCreated()).isEqualTo(1);
        assertThat(result.partiesCreated()).isEqualTo(4);
        QuarkusTransaction.requiringNew().run(() -> {
            Work work = Work.find("title", "THE WORK").singleResult();
            assertThat(work.iswc).isNull();
            assertThat(work.writers)
                    .extracting(w -> w.party.name, w -> w.share, w -> w.designation, w -> w.society, w -> w.position)
                    .containsExactly(
                            tuple("JOHN DOE", new BigDecimal("50.00"), WriterDesignation.CA, "ASCAP", 0),
                            tuple("JANE DOE", new BigDecimal("50.00"), WriterDesignation.CA, null, 1));
            assertThat(work.publishers)
                    .extracting(p -> p.party.name, p -> p.share, p -> p.role, p -> p.society)
                    .containsExactly(
                            tuple("THE PUBLISHER", new BigDecimal("50.00"), PublisherRole.ORIGINAL_PUBLISHER, "ASCAP"),
                            tuple("THE SENDER", new BigDecimal("0.00"), PublisherRole.ADMINISTRATOR, "ASCAP"),
                            tuple("JANE DOE", new BigDecimal("50.00"), PublisherRole.ORIGINAL_PUBLISHER, null));
            assertThat(work.publisherTotal().isFull()).isTrue();
            assertThat(work.writerTotal().isFull()).isTrue();
            Party john = Party.findByIpiNameNumber("00000000395").orElseThrow();
            assertThat(john.name).isEqualTo("JOHN DOE");
            assertThat(john.roles).containsExactlyInAnyOrder(PartyRole.COMPOSER, PartyRole.LYRICIST);
            Party jane = Party.findByExactName("JANE DOE").orElseThrow();
            assertThat(jane.roles).contains(PartyRole.PUBLISHER, PartyRole.COMPOSER);
            assertThat(Party.findByIpiNameNumber("00000000199").orElseThrow().roles)
                    .containsExactly(PartyRole.ADMINISTRATOR);
        });
    }

    @Test
    void theRevExampleImportsBothWorksWithTheirAlternateTitlesAndRecording() {
        cwr.commit("rev.V21", CwrFixtures.text(CwrFixtures.REV_EXAMPLE));

        QuarkusTransaction.requiringNew().run(() -> {
            Work one = Work.find("title", "THE ONE").singleResult();
            assertThat(one.alternateTitles)
                    .containsExactly("THE ONE BED", "THE ONE DRUMS ONLY", "THE ONE NO DRUMS", "THE ONE STING");
            // ORN is kept as fields, not folded into the notes; this ORN names a library, no production.
            assertThat(one.notes).isNull();
            assertThat(one.originProductionTitle).isNull();
            assertThat(one.titleDetails).extracting(t -> t.titleType).containsOnly("AT");
            assertThat(one.writers)
                    .extracting(w -> w.party.name, w -> w.share, w -> w.society)
                    .containsExactly(tuple("JOHN JAMES SMITH", new BigDecimal("100.00"), "BMI"));
            assertThat(one.publishers)
                    .extracting(p -> p.party.name, p -> p.share, p -> p.society)
                    .containsExactly(tuple("DMP DEMO PUBLISHING", new BigDecimal("100.00"), "PRS"));
            Recording recording = Recording.find("work", one).singleResult();
            assertThat(recording.title).isEqualTo("THE ONE");
            assertThat(recording.artist).isEqualTo("THE BAND");
            assertThat(recording.isrc).isNull();
            assertThat(recording.notes).isEqualTo("First released on the label DML.");

            Work second = Work.find("title", "SECOND BEST").singleResult();
            assertThat(second.alternateTitles).containsExactly("SECOND PLACE");
            assertThat(second.writers)
                    .extracting(w -> w.party.name, w -> w.share)
                    .containsExactly(
                            tuple("JOHN JAMES SMITH", new BigDecimal("50.00")),
                            tuple("AARON ADAMS", new BigDecimal("50.00")));
            assertThat(second.publishers)
                    .extracting(p -> p.party.name, p -> p.share, p -> p.role)
                    .containsExactly(
                            tuple("DMP DEMO PUBLISHING", new BigDecimal("50.00"), PublisherRole.ORIGINAL_PUBLISHER),
                            tuple("AARON ADAMS", new BigDecimal("50.00"), PublisherRole.ORIGINAL_PUBLISHER));
            // One party per IPI across both works.
            assertThat(Party.count("name", "JOHN JAMES SMITH")).isEqualTo(1);
        });
    }

    @Test
    void aNewWorkAndItsRecordingAreWrittenOnceAndTheirHistorySaysAddedOnly() {
        cwr.commit("rev.V21", CwrFixtures.text(CwrFixtures.REV_EXAMPLE));

        QuarkusTransaction.requiringNew().run(() -> {
            Work one = Work.find("title", "THE ONE").singleResult();
            assertThat(one.version)
                    .as("the work row was not updated after its insert")
                    .isZero();
            assertThat(one.titleDetails).isNotEmpty();
            Recording recording = Recording.find("work", one).singleResult();
            assertThat(recording.version).isZero();
            List<AuditEntry> history = AuditEntry.list("workId = ?1 or recordingId = ?2", one.id, recording.id);
            // The work, its writer and publisher share, and the recording.
            assertThat(history).hasSize(4);
            assertThat(history).extracting(e -> e.action).containsOnly(AuditAction.ADDED);
        });
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() {
        String text = CwrFixtures.text(CwrFixtures.REV_EXAMPLE);
        cwr.commit("rev.V21", text);
        Map<String, Long> counts = CwrFixtureData.counts();
        List<Long> versions = versions();

        CwrPreview again = cwr.preview("rev.V21", text);
        CwrImportResult second = cwr.commit("rev.V21", text);

        assertThat(again.changesSomething()).isFalse();
        assertThat(again.works()).extracting(WorkPlan::action).containsOnly(PlannedAction.UNCHANGED);
        assertThat(again.parties()).extracting(PartyPlan::action).containsOnly(PlannedAction.UNCHANGED);
        assertThat(second.worksUnchanged()).isEqualTo(2);
        assertThat(second.summary()).contains("nothing to change");
        assertThat(CwrFixtureData.counts()).isEqualTo(counts);
        assertThat(versions()).isEqualTo(versions);
    }

    @Test
    void aFileWithErrorsIsRefusedAndWritesNothing() {
        Map<String, Long> before = CwrFixtureData.counts();

        assertThatThrownBy(() -> cwr.commit("demo.v22", CwrFixtures.text(CwrFixtures.DEMO)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("nothing was imported");

        assertThat(CwrFixtureData.counts()).isEqualTo(before);
    }

    @Test
    void aFailureHalfwayThroughTheCommitWritesNothing() {
        Map<String, Long> before = CwrFixtureData.counts();
        // The recording is written after the parties and works: failing there must undo them too.
        QuarkusMock.installMockForType(
                new RecordingService() {
                    @Override
                    public Recording create(
                            RecordingInput input,
                            Function<String, Optional<Recording>> isrcHolders,
                            Consumer<Recording> completion) {
                        throw new IllegalStateException("simulated failure while writing the recording");
                    }
                },
                RecordingService.class);

        assertThatThrownBy(() -> cwr.commit("rev.V21", CwrFixtures.text(CwrFixtures.REV_EXAMPLE)))
                .hasMessageContaining("simulated failure");

        assertThat(CwrFixtureData.counts()).isEqualTo(before);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Work.count("title", "THE ONE")))
                .isZero();
    }

    /** Versions of every work, share and party the fixtures touch: a rewrite would bump them. */
    private static List<Long> versions() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Work> works = Work.list("title in ?1 order by id", CwrFixtureData.WORK_TITLES);
            List<Long> all = new java.util.ArrayList<>();
            for (Work work : works) {
                all.add(work.version);
                work.writers.forEach(w -> all.add(w.id * 1000 + w.version));
                work.publishers.forEach(p -> all.add(p.id * 1000 + p.version));
            }
            Party.<Party>list("name in ?1 order by id", CwrFixtureData.PARTY_NAMES)
                    .forEach(p -> all.add(p.version));
            return all;
        });
    }
}
