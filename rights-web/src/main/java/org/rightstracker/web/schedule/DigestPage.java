package org.rightstracker.web.schedule;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rightstracker.web.mail.Outbox;
import org.rightstracker.web.security.AppUser;
import org.rightstracker.web.security.CurrentUser;
import org.rightstracker.web.security.ProductionAccess;

/**
 * The signed-in user's latest alert digest, when it is composed (in words), whether it is e-mailed to
 * them, and, counted now, the quotes on their productions that expire in the next seven days, so the
 * page never says "nothing" while quotes are about to lapse.
 */
@Path("/digest")
public class DigestPage {

    @Inject
    CurrentUser currentUser;

    @Inject
    ProductionAccess access;

    @Inject
    AlertDigests digests;

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "rights.schedule.alert-digest")
    String schedule;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance digest(AlertDigest digest, String schedule, String expiringNow, String delivery);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance show() {
        List<Long> productions =
                access.visibleProductions().stream().map(p -> p.id).toList();
        long expiring = digests.expiringQuotes(productions, LocalDate.now()).values().stream()
                .mapToLong(Long::longValue)
                .sum();
        return Templates.digest(
                AlertDigest.latestFor(currentUser.userId()).orElse(null),
                ScheduleWords.describe(schedule),
                expiring == 0 ? null : AlertDigests.expiringHeadline(expiring),
                delivery(AppUser.findById(currentUser.userId())));
    }

    private String delivery(AppUser user) {
        if (user == null || user.email == null || !user.digestByEmail) {
            return "It is not e-mailed to you" + (user != null && user.email != null ? " (you opted out)" : "")
                    + "; set your address on your account page to receive it by e-mail.";
        }
        return outbox.configured()
                ? "It is e-mailed to " + user.email + "."
                : "It will be e-mailed to " + user.email + " once an administrator configures a mail server.";
    }
}
