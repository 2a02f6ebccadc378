package org.rightstracker.web.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.mailencoder.MailEncoder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.rightstracker.web.metrics.OperationsMeters;

/**
 * Sends mail through the configured SMTP server and says whether it went. Without a configured host
 * nothing is sent ({@link #configured()} is false and {@link #send} refuses), so no page or job ever
 * pretends. The same message can be written as an RFC 5322 file ({@link #eml}) for sending by hand.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class);

    @Inject
    Mailer mailer;

    @Inject
    OperationsMeters meters;

    @ConfigProperty(name = "rights.smtp.host")
    Optional<String> host;

    @ConfigProperty(name = "rights.smtp.port")
    int port;

    @ConfigProperty(name = "rights.mail.from")
    String from;

    /** Whether an SMTP server is configured (a host is set). */
    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String from() {
        return from;
    }

    /**
     * Hands the message to the SMTP server; returns only once the server accepted it.
     *
     * @param kind what the message is ("letter", "digest"): the tag of the mail meters
     * @throws MailFailure when no server is configured or the server cannot be reached or refuses it
     */
    public void send(String kind, OutgoingMail message) {
        if (!configured()) {
            throw new MailFailure("No mail server is configured (RIGHTS_SMTP_HOST), so nothing was sent.");
        }
        Mail mail = Mail.withText(message.to(), message.subject(), message.text());
        if (message.html() != null) {
            mail.setHtml(message.html());
        }
        try {
            sendOnceMore(mail, message);
            meters.mailSent(kind);
        } catch (RuntimeException e) {
            meters.mailFailed(kind);
            // The cause names the server's refusal or the connection problem; settings (and the password) stay out.
            String reason = rootMessage(e);
            LOG.warnf(
                    "Sending \"%s\" to %s through %s:%d failed: %s",
                    message.subject(), message.to(), host.get(), port, reason);
            throw new MailFailure(
                    "The mail server " + host.get() + ":" + port + " did not take the message: " + reason
                            + ". Nothing was sent and nothing was marked; try again, or download the letter and send it yourself.",
                    e);
        }
    }

    /**
     * A reply in the 4xx range ("421 Service not available, closing transmission channel") is SMTP's way of
     * saying "not now": the message is tried once more on a new connection before the user is told.
     * Anything else (refused connection, 5xx, bad address) fails at once.
     */
    private void sendOnceMore(Mail mail, OutgoingMail message) {
        try {
            mailer.send(mail);
        } catch (RuntimeException first) {
            if (!isTransient(rootMessage(first))) {
                throw first;
            }
            LOG.infof(
                    "The mail server answered \"%s\" for \"%s\"; trying once more",
                    rootMessage(first), message.subject());
            mailer.send(mail);
        }
    }

    /** An SMTP reply code 4xx (transient) in the client's error message. */
    private static final java.util.regex.Pattern TRANSIENT_REPLY =
            java.util.regex.Pattern.compile("(?:^|\\D)4\\d\\d[ -]");

    static boolean isTransient(String clientMessage) {
        return clientMessage != null && TRANSIENT_REPLY.matcher(clientMessage).find();
    }

    /** The message as an RFC 5322 file with MIME parts (text and HTML), From the configured sender. */
    public String eml(OutgoingMail message) {
        MailMessage mail = new MailMessage()
                .setFrom(from)
                .setTo(List.of(message.to()))
                .setSubject(message.subject())
                .setText(message.text());
        if (message.html() != null) {
            mail.setHtml(message.html());
        }
        String domain =
                from.contains("@") ? from.substring(from.indexOf('@') + 1).replace(">", "") : "localhost";
        return new MailEncoder(mail, domain).encode();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
