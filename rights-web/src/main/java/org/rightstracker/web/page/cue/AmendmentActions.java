package org.rightstracker.web.page.cue;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.licence.LicenceAmendments;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.web.page.ConflictView;
import org.rightstracker.web.page.Flash;
import org.rightstracker.web.page.FormErrors;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.page.OtherChanges;
import org.rightstracker.web.security.ProductionAccess;

/**
 * "Reopen as amendment" on the cue page's licence row: a plain post (no script needed) that opens the
 * executed licence's next amendment and returns to the cue page at the new licence. A stale version or a
 * licence that cannot be reopened answers 409 with the cue page and the notice on that licence.
 */
// Rooted at "/" like LicenceActions, so the item's other routes stay reachable.
@Path("/")
public class AmendmentActions {

    @Inject
    ProductionAccess access;

    @Inject
    LicenceAmendments amendments;

    @Inject
    CueView view;

    @POST
    @Path("clearance-items/{id}/amendments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response reopen(@PathParam("id") long id, @RestForm String version) {
        ClearanceItem licence = access.requireVisibleItem(id);
        access.requireEditable(licence.cue.production.id);
        long cueId = licence.cue.id;
        String party = licence.party.name;
        long seenVersion = FormFields.version(version);
        try {
            ClearanceItem amendment = amendments.reopen(id, seenVersion);
            return Flash.seeOther(
                    "/cues/" + cueId + "#item-" + amendment.id,
                    "Licence reopened as amendment " + amendment.amendmentNo + ": request the amended terms from "
                            + party + ".");
        } catch (ConflictException refused) {
            ConflictView notice = ConflictView.notice(
                    refused.getMessage().contains("was changed by someone else")
                            ? "The licence changed after you opened the page; check it as it stands now, then"
                                    + " reopen it again if it still needs amending."
                            : refused.getMessage(),
                    OtherChanges.ofItem(id, null).sentences());
            return Response.status(409)
                    .type(MediaType.TEXT_HTML_TYPE)
                    .entity(view.page(cueId, CueScreen.item(id, "amend", null, FormErrors.none(), notice)))
                    .build();
        }
    }
}
