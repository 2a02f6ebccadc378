package org.rightstracker.web.mail;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns the one TLS setting people give ({@code rights.smtp.tls}, env {@code RIGHTS_SMTP_TLS}: none,
 * STARTTLS or TLS) into the two settings the Quarkus mailer reads: TLS from the first byte
 * ({@code quarkus.mailer.tls}) or an upgrade after connecting ({@code quarkus.mailer.start-tls}).
 */
public class MailSettingsSource implements ConfigSourceFactory {

    static final String TLS_MODE = "rights.smtp.tls";

    /** Below application.properties (250): an explicit quarkus.mailer setting still wins. */
    private static final int ORDINAL = 200;

    /** How the connection to the SMTP server is protected. */
    public enum TlsMode {
        NONE,
        STARTTLS,
        TLS;

        static TlsMode parse(String text) {
            String mode = text == null || text.isBlank() ? "none" : text.strip().toUpperCase(Locale.ROOT);
            try {
                return valueOf(mode);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        TLS_MODE + " (RIGHTS_SMTP_TLS) is \"" + text + "\"; use none, STARTTLS or TLS.");
            }
        }
    }

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue configured = context.getValue(TLS_MODE);
        TlsMode mode = TlsMode.parse(configured == null ? null : configured.getValue());
        Map<String, String> settings = Map.of(
                "quarkus.mailer.tls",
                Boolean.toString(mode == TlsMode.TLS),
                "quarkus.mailer.start-tls",
                mode == TlsMode.STARTTLS ? "REQUIRED" : "DISABLED");
        return List.of(new PropertiesConfigSource(settings, "rights-mail-settings", ORDINAL));
    }
}
