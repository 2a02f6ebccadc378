package org.rightstracker.web.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which mail-server answers are worth one more try: SMTP's 4xx "not now", nothing else. */
class OutboxRetryTest {

    @Test
    void aFourHundredReplyIsTransientAndEverythingElseIsNot() {
        assertThat(Outbox.isTransient("got error response: 421 Service shutting down and closing transmission channel"))
                .isTrue();
        assertThat(Outbox.isTransient("451-4.3.0 Temporary lookup failure")).isTrue();
        assertThat(Outbox.isTransient("550 5.1.1 Mailbox unavailable")).isFalse();
        assertThat(Outbox.isTransient("Connection refused")).isFalse();
        assertThat(Outbox.isTransient("Connection to 127.0.0.1:4421 failed")).isFalse();
        assertThat(Outbox.isTransient(null)).isFalse();
    }
}
