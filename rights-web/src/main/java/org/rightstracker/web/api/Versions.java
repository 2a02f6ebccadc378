package org.rightstracker.web.api;

import org.rightstracker.core.shared.ValidationException;

/**
 * The version a client read, from the If-Match header ("3" or W/"3", as our ETags are) or the body's
 * "version" field. Updates without one are refused: a blind write could overwrite someone's change.
 */
final class Versions {

    private Versions() {}

    static long expected(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String digits = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException e) {
                throw new ValidationException("If-Match", "If-Match must be the ETag you read, such as \"3\".");
            }
        }
        if (bodyVersion == null) {
            throw new ValidationException(
                    "version",
                    "Send the version you read (the If-Match header or a \"version\" field) so that a stale"
                            + " update cannot overwrite someone else's change.");
        }
        return bodyVersion;
    }
}
