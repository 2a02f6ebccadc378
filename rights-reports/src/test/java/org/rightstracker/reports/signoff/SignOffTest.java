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
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.TextLimit;
import org.rightstracker.core.shared.ValidationException;
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

    static final SignOffService.Signing DANA = new SignOffService.Signing("Dana Cole", "Producer", true, "Test reason");

    @Test
    void aSignOffKeepsTheExactSignedPdfWithTheSignersNameRoleAndReason() {
        long film = demo.id();
        int number = signOffs.nextNumber(film);
        Instant signedAt = Instant.parse("2026-04-01T09:30:00Z");

        SignOff signOff = issuer.signOff(
                film,
                number,
                new SignOffService.Signing(
                        "Beyoncé Laurent", "Producer", true, "The distributor accepts 2M14 and 3M2 at delivery."),
                signedAt);

        assertThat(signOff.number).isEqualTo(number);
        assertThat(signOff.signedBy).isEqualTo("Beyoncé Laurent");
        assertThat(signOff.signerRole).isEqualTo("Producer");
        assertThat(signOff.withExceptions).isTrue();
        assertThat(signOff.exceptionsReason).isEqualTo("The distributor accepts 2M14 and 3M2 at delivery.");
        assertThat(signOff.signedAt).isEqualTo(signedAt);
        assertThat(signOff.activeCues).isEqualTo(22);
        assertThat(signOff.clearedCues).isEqualTo(12);
        byte[] stored = signOffs.pdf(signOffs.get(film, number));
        assertThat(stored).hasSize((int) signOff.sizeBytes);
        assertThat(IssuedFileStore.sha256(stored)).isEqualTo(signOff.sha256);
        String text = PdfText.of(stored).all().replaceAll("\\s+", " ");
        assertThat(text)
                .contains("Producer sign-off no. " + number
                        + ": signed off by Beyoncé Laurent (Producer) on 1 Apr 2026, 09:30 UTC")
                .contains("Signed off with exceptions")
                .contains("The distributor accepts 2M14 and 3M2 at delivery.")
                .contains(DemoFilm.TITLE)
                .doesNotContain("Producer (name)");
        assertThat(signOffs.list(film)).extracting(s -> s.number).contains(number);
    }

    @Test
    void aProductionThatIsNotClearedIsSignedOnlyWithExceptionsAndABoundedReason() {
        long film = productions.soundtrackFilm(TestProductions.unique("Open Film"), 1);

        assertThatThrownBy(() -> issuer.signOff(
                        film, 1, new SignOffService.Signing("Dana Cole", "Producer", false, null), Instant.now()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("withExceptions", "reason"));
        assertThatThrownBy(() -> issuer.signOff(
                        film, 1, new SignOffService.Signing("Dana Cole", "Producer", true, "   "), Instant.now()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("reason"));
        String tooLong = "x".repeat(TextLimit.SIGN_OFF_EXCEPTIONS_REASON.max() + 1);
        assertThatThrownBy(() -> issuer.signOff(
                        film, 1, new SignOffService.Signing("Dana Cole", "Producer", true, tooLong), Instant.now()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .singleElement()
                                .satisfies(error -> assertThat(error.message()).contains("at most 2,000")));

        assertThat(signOffs.list(film)).isEmpty();
    }

    @Test
    void aClearedProductionIsSignedWithoutExceptions() {
        long film = productions.soundtrackFilm(TestProductions.unique("Cleared Film"), 1);
        QuarkusTransaction.requiringNew()
                .run(() -> Cue.<Cue>find("production.id", film)
                        .singleResult()
                        .items
                        .forEach(item -> productions.license(item, "1000", LocalDate.now(), null, "ALL_MEDIA")));

        SignOff signOff = issuer.signOff(
                film, 1, new SignOffService.Signing("Dana Cole", "Producer", false, null), Instant.now());

        assertThat(signOff.cleared).isTrue();
        assertThat(signOff.withExceptions).isFalse();
        assertThat(signOff.exceptionsReason).isNull();
        assertThat(PdfText.of(signOffs.pdf(signOff)).all()).doesNotContain("with exceptions");
    }

    @Test
    void aLaterSignOffSupersedesTheEarlierAndAStaleNumberIsRefused() {
        long film = productions.soundtrackFilm(TestProductions.unique("Twice Signed Film"), 1);
        SignOff first = issuer.signOff(film, 1, DANA, Instant.parse("2026-05-01T10:00:00Z"));
        SignOff second = issuer.signOff(
                film,
                2,
                new SignOffService.Signing("Pat Producer", "Producer", true, "Second look"),
                Instant.parse("2026-05-02T10:00:00Z"));

        assertThat(first.supersedes).isNull();
        assertThat(second.supersedes).isEqualTo(1);
        assertThat(PdfText.of(signOffs.pdf(second)).all().replaceAll("\\s+", " "))
                .contains("Supersedes sign-off no. 1")
                .contains("supersedes sign-off no. 1, signed off by Dana Cole on 1 May 2026");
        assertThatThrownBy(() -> issuer.signOff(film, 2, DANA, Instant.now()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("review the production again");
        assertThat(signOffs.list(film)).extracting(s -> s.number).containsExactly(1, 2);
    }

    @Test
    void aSignOffCanNeverBeChangedOrDeleted() {
        long film = productions.soundtrackFilm(TestProductions.unique("Signed Film"), 2);
        SignOff signOff = issuer.signOff(film, 1, DANA, Instant.now());

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
        SignOff signOff = issuer.signOff(film, 1, DANA, Instant.now());
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
