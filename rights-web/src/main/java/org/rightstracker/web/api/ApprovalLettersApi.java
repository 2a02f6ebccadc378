package org.rightstracker.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.document.Document;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.letter.ApprovalLetters;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.Permissions;
import org.rightstracker.web.security.ProductionAccess;

/** The deal memo and the licence draft of an approved licence, attached to it as PDFs. */
@jakarta.ws.rs.Path("/api/v1/clearance-items/{itemId}/letters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Letters")
public class ApprovalLettersApi {

    @Inject
    ProductionAccess access;

    @Inject
    Permissions permissions;

    @Inject
    ApprovalLetters approvals;

    /** Which letter: "confirmation" (deal memo) or "draft" (licence draft). */
    public record ApprovalLetterBody(String letter) {}

    public record AttachedDocument(long id, String fileName, String kind) {}

    @POST
    @Operation(
            summary = "Attach a deal memo or licence draft",
            description = "letter: confirmation (deal memo) or draft (sync or master use licence by the item's side)."
                    + " Written from the letter templates as a PDF and attached to the approved or licensed licence.")
    public AttachedDocument approval(@PathParam("itemId") long id, ApprovalLetterBody body) {
        ClearanceItem item = access.requireVisibleItem(id);
        permissions.require(Permission.EDIT_PRODUCTION);
        ApprovalLetterBody letter = ApiBodies.required(body);
        if (letter.letter() == null) {
            throw new ValidationException("letter", "Choose the letter: confirmation or draft.");
        }
        Document document = approvals.attach(item.id, ApprovalLetters.Choice.parse("letter", letter.letter()));
        return new AttachedDocument(document.id, document.fileName, document.kind.name());
    }
}
