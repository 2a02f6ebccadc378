package org.rightstracker.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.chase.ChaseFilter;
import org.rightstracker.core.chase.ChaseGroup;
import org.rightstracker.core.chase.ChaseList;
import org.rightstracker.core.chase.ChaseRow;
import org.rightstracker.core.chase.ChaseSort;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.licence.FollowUpChannel;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.shared.Share;
import org.rightstracker.web.page.chase.ChaseParameters;
import org.rightstracker.web.security.ProductionAccess;

/** The chase list across the caller's productions: open licences, whom to chase and since when. */
@Path("/api/v1/chase")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chase list")
public class ChaseApi {

    @Inject
    ProductionAccess access;

    @Inject
    ChaseList chase;

    /** One open licence on the chase list; {@code version} is the licence's, for the steps that follow. */
    public record ChaseRowDto(
            long itemId,
            long version,
            long productionId,
            String production,
            long cueId,
            String cueNumber,
            String cueTitle,
            long partyId,
            String licensor,
            ClearanceSide side,
            BigDecimal syncShare,
            BigDecimal masterShare,
            LicenceStatus status,
            String contact,
            boolean contactFromLicensor,
            LocalDate requestedOn,
            Long daysWaiting,
            LocalDate lastFollowUpOn,
            FollowUpChannel lastFollowUpChannel,
            LocalDate nextFollowUpOn,
            boolean followUpOverdue,
            LocalDate quoteExpiresOn) {

        static ChaseRowDto of(ChaseRow row) {
            return new ChaseRowDto(
                    row.itemId(),
                    row.itemVersion(),
                    row.productionId(),
                    row.production(),
                    row.cueId(),
                    row.cueNumber(),
                    row.cueTitle(),
                    row.partyId(),
                    row.licensor(),
                    row.side(),
                    value(row.syncShare()),
                    value(row.masterShare()),
                    row.status(),
                    row.contact(),
                    row.contactFromParty(),
                    row.requestedOn(),
                    row.daysWaiting(),
                    row.lastFollowUpOn(),
                    row.lastFollowUpChannel(),
                    row.nextFollowUpOn(),
                    row.followUpOverdue(),
                    row.quoteExpiresOn());
        }

        private static BigDecimal value(Share share) {
            return share == null ? null : share.value();
        }
    }

    @GET
    @Operation(
            summary = "The chase list of all your productions",
            description = "Open licences (not requested, requested, quoted, negotiating, approved) of every production"
                    + " you reach, grouped by licensor in the order asked for (sort: licensor, cue, status, waiting,"
                    + " next-follow-up, quote-expiry). Filters: status and side (repeatable), licensor (part of the"
                    + " name), overdue=true for follow-ups already due. Unknown values are a 400 naming the parameter.")
    public PageOf<ChaseRowDto> all(
            @QueryParam("sort") String sort,
            @QueryParam("status") List<String> status,
            @QueryParam("side") List<String> side,
            @QueryParam("licensor") String licensor,
            @QueryParam("overdue") String overdue,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        List<Long> ids = access.visibleProductions().stream().map(p -> p.id).toList();
        return rows(chase, ids, sort, status, side, licensor, overdue, page, size);
    }

    /** The rows of some productions, filtered, sorted, grouped by licensor and paged; shared with the production's list. */
    static PageOf<ChaseRowDto> rows(
            ChaseList chase,
            Collection<Long> productionIds,
            String sortText,
            List<String> status,
            List<String> side,
            String licensor,
            String overdue,
            int page,
            int size) {
        ChaseSort sort = ChaseParameters.sort(sortText);
        ChaseFilter filter = ChaseParameters.filter(status, side, licensor, overdue);
        PageOf.check(page, size);
        List<ChaseRow> ordered = ChaseGroup.of(chase.load(productionIds, LocalDate.now()), filter, sort).stream()
                .flatMap(g -> g.rows().stream())
                .toList();
        return PageOf.slice(ordered, page, size, ChaseRowDto::of);
    }
}
