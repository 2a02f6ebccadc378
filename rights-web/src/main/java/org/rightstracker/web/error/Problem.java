package org.rightstracker.web.error;

import java.util.List;
import org.rightstracker.core.shared.FieldError;

/** An RFC 9457 problem body: what the API answers for every error. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, List.of());
    }
}
