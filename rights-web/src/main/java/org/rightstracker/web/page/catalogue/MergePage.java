package org.rightstracker.web.page.catalogue;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.catalogue.CatalogueMerge;
import org.rightstracker.core.catalogue.CatalogueMerges;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.Flash;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.Requires;

/**
 * The merge buttons of the catalogue pages: {@code POST /merges/{parties|works|recordings}/{id}} with
 * the record's version, the record to keep ({@code into}) and its version. Administrators only.
 */
@Path("/merges")
public class MergePage {

    @Inject
    CatalogueMerges merges;

    @POST
    @Path("{kind}/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Requires(Permission.MERGE_CATALOGUE)
    public Response merge(
            @PathParam("kind") String kind,
            @PathParam("id") long id,
            @RestForm String version,
            @RestForm String into,
            @RestForm String intoVersion) {
        Long keptId = FormFields.id(into);
        if (keptId == null) {
            throw new ValidationException("into", "Choose the record to keep.");
        }
        long mergedVersion = FormFields.version(version);
        long keptVersion = versionOf(intoVersion);
        CatalogueMerge merge = switch (kind) {
            case "parties" -> merges.mergeParties(id, mergedVersion, keptId, keptVersion);
            case "works" -> merges.mergeWorks(id, mergedVersion, keptId, keptVersion);
            case "recordings" -> merges.mergeRecordings(id, mergedVersion, keptId, keptVersion);
            default -> throw NotFoundException.of("Catalogue kind " + kind, id);
        };
        return Flash.seeOther(
                "/" + kind + "/" + merge.keptId,
                "Merged " + merge.mergedName + " into " + merge.keptName + "; moved " + merge.moved + ".");
    }

    private static long versionOf(String text) {
        try {
            return FormFields.version(text);
        } catch (ValidationException e) {
            throw new ValidationException(
                    "intoVersion", "This form carries no readable version of the record to keep; reload the page.");
        }
    }
}
