package org.rightstracker.web.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;
import org.rightstracker.web.mail.MailFailure;
import org.rightstracker.web.mail.Outbox;
import org.rightstracker.web.mail.OutgoingMail;
import org.rightstracker.web.security.AppUser;

/**
 * E-mails the digests of one tick to their users: those with an address who have not opted out. One
 * refused message does not stop the others or undo the digests (they stay on the digest page); the
 * job's outcome says how many went.
 */
@ApplicationScoped
public class DigestMail {

    private static final Logger LOG = Logger.getLogger(DigestMail.class);

    @Inject
    Outbox outbox;

    /** Sends them; returns the outcome's tail, e.g. "; 3 e-mailed, 1 not sent" (empty without SMTP). */
    String send(List<AlertDigest> digests) {
        if (!outbox.configured() || digests.isEmpty()) {
            return "";
        }
        int sent = 0;
        int failed = 0;
        for (AlertDigest digest : digests) {
            AppUser user = AppUser.findById(digest.userId);
            if (user == null || !user.digestByEmail || user.email == null || user.email.isBlank()) {
                continue;
            }
            try {
                outbox.send("digest", message(user, digest));
                sent++;
            } catch (MailFailure e) {
                failed++;
                LOG.warnf("The digest for %s was not e-mailed: %s", user.username, e.getMessage());
            }
        }
        return "; " + sent + " e-mailed" + (failed == 0 ? "" : ", " + failed + " not sent");
    }

    static OutgoingMail message(AppUser user, AlertDigest digest) {
        String subject = "Rights Tracker digest: " + digest.itemCount
                + (digest.itemCount == 1 ? " dated finding" : " dated findings") + " on your productions";
        StringBuilder text = new StringBuilder("Hello " + user.displayName + ",\n\nOn your productions:\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body><p>Hello " + escape(user.displayName)
                + ",</p><p>On your productions:</p><ul>");
        for (String line : digest.lines()) {
            text.append("- ").append(line).append('\n');
            html.append("<li>").append(escape(line)).append("</li>");
        }
        text.append(
                "\nYou get this because your account asks for the digest by e-mail; opt out on your account page.\n");
        html.append(
                "</ul><p>You get this because your account asks for the digest by e-mail; opt out on your account page.</p></body></html>");
        return new OutgoingMail(user.email, subject, text.toString(), html.toString());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
