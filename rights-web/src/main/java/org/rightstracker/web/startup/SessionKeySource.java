package org.rightstracker.web.startup;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the key that encrypts the sign-in cookie: {@code rights.session-key} (env
 * {@code RIGHTS_SESSION_KEY}) when it is set, otherwise a random key made once for this process. Without
 * a key Quarkus makes a temporary one itself and prints it in the log at the first sign-in; a secret never
 * belongs in a log.
 */
public class SessionKeySource implements ConfigSourceFactory {

    static final String QUARKUS_KEY = "quarkus.http.auth.session.encryption-key";
    static final String OUR_KEY = "rights.session-key";

    /** Below application.properties (250) and the environment (300): an explicit Quarkus key still wins. */
    private static final int ORDINAL = 200;

    /** One random key per process, whichever configuration phase asks first. */
    private static final String RANDOM_KEY = randomKey();

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue configured = context.getValue(OUR_KEY);
        String key = configured != null
                        && configured.getValue() != null
                        && !configured.getValue().isBlank()
                ? configured.getValue()
                : RANDOM_KEY;
        return List.of(new PropertiesConfigSource(Map.of(QUARKUS_KEY, key), "rights-session-key", ORDINAL));
    }

    private static String randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
