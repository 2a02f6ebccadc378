package org.rightstracker.core.importing.cwr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The CWR fixture files, copied into the test resources with their licence. */
final class CwrFixtures {

    static final String NWR_EXAMPLE = "nwrexample2.V21";
    static final String REV_EXAMPLE = "revexample.V21";
    static final String DEMO = "demo_cwr_cleaned.v22";

    private CwrFixtures() {}

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.ISO_8859_1);
    }

    static byte[] bytes(String name) {
        try (InputStream in = CwrFixtures.class.getResourceAsStream("/importing/cwr/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
