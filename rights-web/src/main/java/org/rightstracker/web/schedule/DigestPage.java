package org.rightstracker.web.schedule;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rightstracker.web.security.CurrentUser;

/** The signed-in user's latest alert digest, with an honest note when none has been composed yet. */
@Path("/digest")
public class DigestPage {

    @Inject
    CurrentUser currentUser;

    @ConfigProperty(name = "rights.schedule.alert-digest")
    String schedule;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance digest(AlertDigest digest, String schedule);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        return Templates.digest(AlertDigest.latestFor(currentUser.userId()).orElse(null), schedule);
    }
}
