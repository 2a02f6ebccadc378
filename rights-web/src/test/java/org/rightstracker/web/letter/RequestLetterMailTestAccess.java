package org.rightstracker.web.letter;

import jakarta.mail.internet.MimeMessage;

/** The plain-text part of a received message, for mail tests in other packages. */
public final class RequestLetterMailTestAccess {

    private RequestLetterMailTestAccess() {}

    public static String text(MimeMessage message) throws Exception {
        return RequestLetterMailTest.text(message);
    }
}
