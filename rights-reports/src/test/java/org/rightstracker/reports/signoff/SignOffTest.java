package org.rightstracker.reports.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.signoff.IssuedFileStore;
import org.rightstracker.core.signoff.SignOff;
import org.rightstracker.core.signoff.SignOffService;
import org.rightstracker.reports.DemoFilm;
import org.rightstracker.reports.Failures;
import org.rightstracker.reports.PdfText;
import org.rightstracker.reports.TestProductions;

@QuarkusTest
class SignOffTest {

    @Inject
    DemoFilm demo;

    @Inject
    TestProductions productions;

    @Inject
    SignOffIssuer issuer;

    @Inject
    SignOffService signOffs;

    @Test
    void aSignOffKeepsTheExactSignedPdfWithWhoAndWhen() {
        long film = demo.id();
        int number = signOffs.nextNumber(film);
        Instant signedAt = Instant.parse("2026-04-01T09:30:00Z");

        SignOff signOff = issuer.signOff(film, "Beyoncé Laurent", signedAt);

        assertThat(signOff.number).isEqualTo(number);
        assertThat(signOff.signedBy).isEqualTo("Beyoncé Laurent");
        assertThat(signOff.signedAt).isEqualTo(signedAt);
        assertThat(signOff.activeCues).isEqualTo(22);
        assertThat(signOff.clearedCues).isEqualTo(12);
        byte[] stored = signOffs.pdf(signOffs.get(film, number));
        assertThat(stored).hasSize((int) signOff.sizeBytes);
        assertThat(IssuedFileStore.sha256(stored)).isEqualTo(signOff.sha256);
        String text = PdfText.of(stored).all();
        assertThat(text)
                .contains(
                        "Producer sign-off no. " + number + ": signed off by Beyoncé Laurent on 1 Apr 2026, 09:30 UTC")
                .contains(DemoFilm.TITLE)
                .doesNotContain("Producer (name)");
        assertThat(signOffs.list(film)).extracting(s -> s.number).contains(number);
    }

    @Test
    void aSignOffCanNeverBeChangedOrDeleted() {
        long film = productions.soundtrackFilm(TestProductions.unique("Signed Film"), 2);
        SignOff signOff = issuer.signOff(film, "Dana Cole", Instant.now());

        Throwable change =
                Failures.thrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    SignOff stored = signOffs.get(film, signOff.number);
                    stored.signedBy = "Someone else";
                    SignOff.flush();
                }));
        Failures.assertCausedBy(change, ConflictException.class).hasMessageContaining("can never be changed");
        Throwable removal = Failures.thrownBy(() -> QuarkusTransaction.requiringNew()
                .run(() -> signOffs.get(film, 1).delete()));
        Failures.assertCausedBy(removal, ConflictException.class).hasMessageContaining("can never be deleted");

        SignOff reloaded = QuarkusTransaction.requiringNew().call(() -> signOffs.get(film, 1));
        assertThat(reloaded.signedBy).isEqualTo("Dana Cole");
        assertThat(IssuedFileStore.sha256(signOffs.pdf(reloaded))).isEqualTo(signOff.sha256);
    }

    @Test
    void aStoredPdfAlteredOnDiskIsDetectedOnRead() throws IOException {
        long film = productions.soundtrackFilm(TestProductions.unique("Tampered Film"), 1);
        SignOff signOff = issuer.signOff(film, "Dana Cole", Instant.now());
        Path file = Path.of("target/test-data/issued", signOff.sha256.substring(0, 2), signOff.sha256 + ".pdf");
        assertThat(file).exists();
        assertThat(Files.getPosixFilePermissions(file))
                .as("stored read-only")
                .doesNotContain(PosixFilePermission.OWNER_WRITE);

        file.toFile().setWritable(true);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);

        assertThatThrownBy(() -> signOffs.pdf(signOff))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("was altered");
    }
}
