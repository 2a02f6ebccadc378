package org.rightstracker.web.letter;

import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * The one test profile of every mail test (one Quarkus restart for all): SMTP configured to a GreenMail
 * server the test runs itself, on a port free when the suite starts.
 */
public class MailTestProfile implements QuarkusTestProfile {

    public static final int PORT = freePort();

    /** Where the tests' GreenMail listens; the application's mailer is pointed at it. */
    public static final ServerSetup SMTP = new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "rights.smtp.host", "127.0.0.1",
                "rights.smtp.port", Integer.toString(PORT),
                "rights.mail.from", "clearance@rights.example",
                // Shown in words on the digest page; the tests still run the job by calling it.
                "rights.schedule.alert-digest", "0 0 6 * * ?",
                // Under load an SMTP session with GreenMail has been seen to stall until GreenMail's own
                // 30 s read timeout answers 421, after which the Outbox retries on a new connection. The
                // test's client waited 30 s too and gave up just before that retry (PostgreSQL suite,
                // once): it now waits long enough to see the retry's outcome.
                "quarkus.http.test-timeout", "75s");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
