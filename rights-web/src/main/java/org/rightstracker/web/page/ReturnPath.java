package org.rightstracker.web.page;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a form sends the user back to after it succeeds, when it was posted from another page (the
 * chase list posts a licence's follow-up). Only a path of this site is taken: anything that could lead
 * elsewhere (another host, a scheme, "//host") is ignored, so the parameter cannot be used to send a
 * signed-in user to a stranger's page.
 */
public final class ReturnPath {

    /** Longer than any address of ours with its filters; a longer value is not ours. */
    private static final int MAX_LENGTH = 2000;

    private ReturnPath() {}

    /** The local path to return to, or null when {@code back} is empty or not a path of this site. */
    public static String local(String back) {
        if (back == null || back.isBlank() || back.length() > MAX_LENGTH) {
            return null;
        }
        String path = back.strip();
        if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            return null;
        }
        for (char c : path.toCharArray()) {
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                return null;
            }
        }
        try {
            URI uri = new URI(path);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? path : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
