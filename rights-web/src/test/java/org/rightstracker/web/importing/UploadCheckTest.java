package org.rightstracker.web.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadCheckTest {

    @Test
    void anEmptyFileIsABadRequest() {
        assertThatThrownBy(() -> UploadCheck.cwrText("x.V21", new byte[0]))
                .isInstanceOfSatisfying(
                        UploadCheck.Refused.class, r -> assertThat(r.status()).isEqualTo(400))
                .hasMessage("\"x.V21\" is empty.");
    }

    @Test
    void anOversizedFileIsTooLarge() {
        assertThatThrownBy(() -> UploadCheck.size("big.csv", UploadCheck.IMPORT_LIMIT + 1, UploadCheck.IMPORT_LIMIT))
                .isInstanceOfSatisfying(
                        UploadCheck.Refused.class, r -> assertThat(r.status()).isEqualTo(413))
                .hasMessageContaining("files up to 20.0 MiB");
    }

    @Test
    void binaryDataIsRefusedAsTheWrongMediaType() {
        assertThatThrownBy(() -> UploadCheck.cwrText("x.V21", new byte[] {'H', 'D', 'R', 0, 1}))
                .isInstanceOfSatisfying(
                        UploadCheck.Refused.class, r -> assertThat(r.status()).isEqualTo(415))
                .hasMessageContaining("binary");
        assertThatThrownBy(() -> UploadCheck.csvText("cues.csv", new byte[] {'P', 'K', 3, 4, 0}))
                .isInstanceOfSatisfying(
                        UploadCheck.Refused.class, r -> assertThat(r.status()).isEqualTo(415))
                .hasMessageContaining(".xlsx");
        assertThatThrownBy(() -> UploadCheck.xlsx("cues.xlsx", "cue,title".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        UploadCheck.Refused.class, r -> assertThat(r.status()).isEqualTo(415));
    }

    @Test
    void csvMustBeUtf8AndTheMessageNamesTheLine() {
        byte[] latin1 = "cue,title\n1M1,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> UploadCheck.csvText("cues.csv", latin1))
                .isInstanceOfSatisfying(
                        UploadCheck.Refused.class, r -> assertThat(r.status()).isEqualTo(415))
                .hasMessageContaining("line 2")
                .hasMessageContaining("CSV UTF-8");
        assertThat(UploadCheck.csvText("cues.csv", "\uFEFFcue,title\n1M1,Caf\u00e9\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("cue,title\n1M1,Caf\u00e9\n");
    }

    @Test
    void cwrFallsBackToLatin1WhenItIsNotUtf8() {
        byte[] latin1 = "HDR CAF\u00c9".getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf8 = "HDR CAF\u00c9".getBytes(StandardCharsets.UTF_8);

        assertThat(UploadCheck.cwrText("x.V21", latin1)).isEqualTo("HDR CAF\u00c9");
        assertThat(UploadCheck.cwrText("x.V21", utf8)).isEqualTo("HDR CAF\u00c9");
    }
}
