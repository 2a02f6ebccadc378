package org.rightstracker.core.importing.cwr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.importing.cwr.CwrFieldsKeptTest.CwrLine;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.core.work.Work;

/** A society's ACK file marks each of our registrations accepted or rejected, with its number and message. */
@QuarkusTest
class CwrAcknowledgementsTest {

    @Inject
    CwrImport cwr;

    @Inject
    CwrAcknowledgements acknowledgements;

    @BeforeEach
    void registered() {
        QuarkusTransaction.requiringNew().run(() -> CwrAcknowledgement.deleteAll());
        CwrFixtureData.remove();
        cwr.commit("kept.V21", CwrFieldsKeptTest.file());
    }

    static String ackFile() {
        List<String> lines = List.of(
                new CwrLine("HDR")
                        .put(4, 2, "SO")
                        .put(6, 9, "000000052")
                        .put(15, 45, "PRS FOR MUSIC")
                        .put(60, 5, "01.10")
                        .put(65, 8, "20261201")
                        .put(73, 6, "090000")
                        .put(79, 8, "20261201")
                        .text(),
                "GRHACK0000102.100000000000  ",
                ack(0, "NORTHERN LIGHTS THEME", "STU000042", "PRS00981234", "RA"),
                ack(1, "A WORK WE NEVER SENT", "STU999999", "", "RJ"),
                new CwrLine("MSG")
                        .put(4, 16, "0000000100000001")
                        .put(20, 1, "T")
                        .put(21, 8, "00000000")
                        .put(29, 3, "SWR")
                        .put(32, 1, "T")
                        .put(33, 3, "001")
                        .put(36, 150, "WRITER IPI NAME NUMBER NOT FOUND")
                        .text(),
                "GRT000010000000200000005",
                "TRL000010000000200000007");
        return String.join("\r\n", lines) + "\r\n";
    }

    private static String ack(int transaction, String title, String ours, String theirs, String status) {
        return new CwrLine("ACK")
                .put(4, 16, String.format("%08d%08d", transaction, 0))
                .put(20, 8, "20261120")
                .put(28, 6, "120000")
                .put(34, 5, "00001")
                .put(39, 8, String.format("%08d", transaction))
                .put(47, 3, "NWR")
                .put(50, 60, title)
                .put(110, 20, ours)
                .put(130, 20, theirs)
                .put(150, 8, "20261201")
                .put(158, 2, status)
                .text();
    }

    @Test
    void eachRegistrationIsMarkedAcceptedOrRejectedWithTheSocietysNumberAndMessage() {
        CwrAcknowledgements.Result result = acknowledgements.importFile("ack.V21", ackFile());

        assertThat(result).isEqualTo(new CwrAcknowledgements.Result(2, 1, 1, 1));
        QuarkusTransaction.requiringNew().run(() -> {
            Work work = Work.find("title", "NORTHERN LIGHTS THEME").singleResult();
            assertThat(CwrAcknowledgement.forWork(work))
                    .extracting(a -> a.status, a -> a.society, a -> a.societyWorkNumber, a -> a.processingDate)
                    .containsExactly(tuple("RA", "PRS FOR MUSIC", "PRS00981234", LocalDate.of(2026, 12, 1)));
            CwrAcknowledgement rejected =
                    CwrAcknowledgement.find("submitterWorkNumber", "STU999999").singleResult();
            assertThat(rejected.work).isNull();
            assertThat(rejected.accepted()).isFalse();
            assertThat(rejected.message).isEqualTo("WRITER IPI NAME NUMBER NOT FOUND");
        });
    }

    @Test
    void aFileWithoutAcknowledgementsIsRefusedAndRecordsNothing() {
        assertThatThrownBy(() -> acknowledgements.importFile("nwr.V21", CwrFieldsKeptTest.file()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("holds no ACK transaction");
        assertThat(QuarkusTransaction.requiringNew().call(() -> CwrAcknowledgement.count()))
                .isZero();
    }

    @Test
    void thePreviewShowsEachAnswerWithItsWorkAndMessageAndRecordsNothing() {
        CwrAcknowledgements.Preview preview = acknowledgements.preview("ack.V21", ackFile());

        assertThat(preview.canCommit()).isTrue();
        assertThat(preview.society()).isEqualTo("PRS FOR MUSIC");
        assertThat(preview.answers())
                .extracting(
                        CwrAcknowledgements.Answer::line,
                        CwrAcknowledgements.Answer::workTitle,
                        CwrAcknowledgements.Answer::statusLabel,
                        CwrAcknowledgements.Answer::accepted,
                        CwrAcknowledgements.Answer::message)
                .containsExactly(
                        tuple(3, "NORTHERN LIGHTS THEME", "Registration accepted", true, null),
                        tuple(4, null, "Rejected", false, "WRITER IPI NAME NUMBER NOT FOUND"));
        assertThat(preview.accepted()).isEqualTo(1);
        assertThat(preview.rejected()).isEqualTo(1);
        assertThat(preview.unmatched()).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> CwrAcknowledgement.count()))
                .isZero();
    }

    @Test
    void aBrokenFileIsPreviewedWithItsProblemsByLineAndCannotBeRecorded() {
        String broken = ackFile().replace("GRT000010000000200000005", "GRT0000100000002");

        CwrAcknowledgements.Preview preview = acknowledgements.preview("broken.V21", broken);

        assertThat(preview.canCommit()).isFalse();
        assertThat(preview.problems()).anySatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.line()).isEqualTo(6);
        });
        assertThat(preview.refusal()).contains("broken.V21 has").contains("line 6");
        assertThatThrownBy(() -> acknowledgements.importFile("broken.V21", broken))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Nothing was recorded");
        assertThat(QuarkusTransaction.requiringNew().call(() -> CwrAcknowledgement.count()))
                .isZero();
    }
}
