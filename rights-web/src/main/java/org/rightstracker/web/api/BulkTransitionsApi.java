package org.rightstracker.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.licence.BulkSteps;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.Permissions;
import org.rightstracker.web.security.ProductionAccess;

/**
 * One workflow step for many licences ("request all", bulk approve, bulk mark licensed). Each licence
 * carries the version the client read; those that cannot move are left alone and listed with the reason.
 */
@Path("/api/v1/clearance-items/bulk-transitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clearance")
public class BulkTransitionsApi {

    @Inject
    BulkSteps bulk;

    @Inject
    ProductionAccess access;

    @Inject
    Permissions permissions;

    /** A licence and the version the client read it at. */
    public record ItemVersion(Long itemId, Long version) {}

    /**
     * The licences, the status to move them to, the step's date (today when empty) and one note for all.
     * {@code acceptCommittedFigures}: approve even where MFN raises a fee, the budget committing the raised
     * figure; without it such a licence is not moved and its reason gives the figure proposed.
     */
    public record BulkTransitionBody(
            List<ItemVersion> items, LicenceStatus status, LocalDate on, String note, Boolean acceptCommittedFigures) {}

    /** One licence in the answer; {@code reason} says why it did not move (null when it did). */
    public record OutcomeDto(
            long itemId, long cueId, String cueNumber, String licence, LicenceStatus was, String reason) {

        static OutcomeDto of(BulkSteps.Outcome o) {
            return new OutcomeDto(o.itemId(), o.cueId(), o.cueNumber(), o.licence(), o.was(), o.reason());
        }
    }

    public record BulkResultDto(LicenceStatus status, List<OutcomeDto> moved, List<OutcomeDto> notMoved) {}

    @POST
    @Operation(
            summary = "Move many licences one step at once",
            description = "One transaction. Every licence must name the version read (items[i].version);"
                    + " a licence that is stale, in a status that cannot take the step, obsolete or not yours"
                    + " is left unchanged and listed under notMoved with the reason; the others move, each"
                    + " with its own timeline record. QUOTED is refused (each quote has its own fee).")
    public BulkResultDto move(BulkTransitionBody body) {
        BulkTransitionBody request = ApiBodies.required(body);
        permissions.require(Permission.EDIT_PRODUCTION);
        List<BulkSteps.Entry> entries = request.items() == null
                ? null
                : request.items().stream()
                        .map(i -> i == null ? null : new BulkSteps.Entry(i.itemId(), i.version()))
                        .toList();
        BulkSteps.Result result = bulk.move(
                entries,
                request.status(),
                request.on(),
                request.note(),
                null,
                Boolean.TRUE.equals(request.acceptCommittedFigures()),
                item -> access.canSee(item.cue.production.id));
        return new BulkResultDto(
                result.target(),
                result.moved().stream().map(OutcomeDto::of).toList(),
                result.notMoved().stream().map(OutcomeDto::of).toList());
    }
}
