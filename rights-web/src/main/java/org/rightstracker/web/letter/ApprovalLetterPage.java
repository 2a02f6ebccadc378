package org.rightstracker.web.letter;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.document.Document;
import org.rightstracker.web.page.Flash;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.Permissions;
import org.rightstracker.web.security.ProductionAccess;

/** The cue page's "Attach deal memo / licence draft" buttons on an approved licence. */
@Path("/clearance-items/{id}/letters")
public class ApprovalLetterPage {

    @Inject
    ProductionAccess access;

    @Inject
    Permissions permissions;

    @Inject
    ApprovalLetters letters;

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response attach(@PathParam("id") long id, @RestForm String letter) {
        ClearanceItem item = access.requireVisibleItem(id);
        permissions.require(Permission.EDIT_PRODUCTION);
        Document document = letters.attach(id, ApprovalLetters.Choice.parse("letter", letter));
        return Flash.seeOther(
                "/cues/" + item.cue.id + "#item-" + id,
                "Attached " + document.fileName + " to " + item.describe() + ".");
    }
}
