package org.rightstracker.web.page.cue;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.licence.LicenceUseInput;
import org.rightstracker.core.licence.LicenceUses;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.ConflictView;
import org.rightstracker.web.page.Flash;
import org.rightstracker.web.page.FormErrors;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.page.OtherChanges;
import org.rightstracker.web.security.ProductionAccess;

/**
 * The "Range and granted use" panel of a licence on the cue page: which cues the licence covers (this
 * cue, or every use of its music in the episode, season or series, optionally capped) and the use it
 * grants. A plain post; errors come back on the cue page at that licence with the fields named.
 */
// Rooted at "/" like LicenceActions, so the item's other routes stay reachable.
@Path("/")
public class LicenceUseActions {

    static final List<String> FIELDS = List.of("range", "rangeCap", "usages", "maxDuration", "scene", "version");

    @Inject
    ProductionAccess access;

    @Inject
    LicenceUses uses;

    @Inject
    CueView view;

    @POST
    @Path("clearance-items/{id}/use")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response update(
            @PathParam("id") long id,
            @RestForm String version,
            @RestForm String range,
            @RestForm String rangeCap,
            @RestForm List<String> usages,
            @RestForm String maxDuration,
            @RestForm String scene) {
        ClearanceItem item = access.requireVisibleItem(id);
        access.requireEditable(item.cue.production.id);
        long cueId = item.cue.id;
        try {
            List<FieldError> errors = new ArrayList<>();
            Integer cap = FormFields.integer(rangeCap, "rangeCap", "Uses covered", errors);
            long seen = FormFields.version(version);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            uses.update(id, seen, new LicenceUseInput(range, cap, usages, maxDuration, scene));
            return Flash.seeOther(
                    "/cues/" + cueId + "#item-" + id, "Saved the range and granted use of " + item.party.name + ".");
        } catch (ValidationException e) {
            return page(400, cueId, CueScreen.item(id, "use", null, FormErrors.of(e, FIELDS), null));
        } catch (ConflictException e) {
            ConflictView notice = ConflictView.notice(
                    "The licence changed after you opened the page; check it as it stands now, then set its range"
                            + " and granted use again.",
                    OtherChanges.ofItem(id, null).sentences());
            return page(409, cueId, CueScreen.item(id, "use", null, FormErrors.none(), notice));
        }
    }

    private Response page(int status, long cueId, CueScreen screen) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(view.page(cueId, screen))
                .build();
    }
}
