package org.rightstracker.web.history;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.rightstracker.core.audit.AuditEntry;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.web.security.ProductionAccess;

/** Who changed what, when, from what to what: per cue and per licence, in plain words. */
@Path("/")
public class HistoryPage {

    @Inject
    ProductionAccess access;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance history(String heading, String backLink, List<AuditEntry> entries);
    }

    @GET
    @Path("cues/{id}/history")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance cue(@PathParam("id") long id) {
        Cue cue = access.requireVisibleCue(id);
        List<AuditEntry> entries = AuditEntry.forCue(
                cue.id, cue.work == null ? null : cue.work.id, cue.recording == null ? null : cue.recording.id);
        return Templates.history(
                "History of cue " + cue.number + " “" + cue.title + "” — " + cue.production.displayTitle(),
                "/",
                entries);
    }

    @GET
    @Path("clearance-items/{id}/history")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance item(@PathParam("id") long id) {
        ClearanceItem item = access.requireVisibleItem(id);
        return Templates.history(
                "History of " + item.describe() + " on cue " + item.cue.number,
                "/cues/" + item.cue.id + "/history",
                AuditEntry.forItem(item.id));
    }
}
