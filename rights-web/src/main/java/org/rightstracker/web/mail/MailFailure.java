package org.rightstracker.web.mail;

/** The message could not be handed to the SMTP server (or none is configured); nothing was sent. */
public class MailFailure extends RuntimeException {

    public MailFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public MailFailure(String message) {
        super(message);
    }
}
