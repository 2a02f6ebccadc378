package org.rightstracker.web.page.cue;

import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueService;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.Flash;
import org.rightstracker.web.page.FormErrors;
import org.rightstracker.web.page.References;
import org.rightstracker.web.security.ProductionAccess;

/**
 * Adding a cue to a production. Its own resource because its address lies under /productions/{id},
 * where a route of the cue page (rooted at "/") would be hidden by the production page.
 */
@Path("/productions/{productionId}/cues")
public class NewCuePage {

    @Inject
    ProductionAccess access;

    @Inject
    CueService cues;

    @Inject
    References references;

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance newForm(@PathParam("productionId") long productionId) {
        Production production = access.requireEditable(productionId);
        return CuePage.Templates.form(production, null, CueForm.empty(), FormErrors.none(), null, CuePage.Choices.ALL);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(@PathParam("productionId") long productionId, @BeanParam CueForm form) {
        Production production = access.requireEditable(productionId);
        try {
            Cue cue = cues.create(productionId, form.toInput(references));
            return Flash.seeOther(
                    "/cues/" + cue.id,
                    "Added cue " + cue.number + ". Its licences are listed below, ready to request.");
        } catch (ValidationException e) {
            return Response.status(400)
                    .entity(CuePage.Templates.form(
                            production, null, form, FormErrors.of(e, CueForm.FIELDS), null, CuePage.Choices.ALL))
                    .build();
        }
    }
}
