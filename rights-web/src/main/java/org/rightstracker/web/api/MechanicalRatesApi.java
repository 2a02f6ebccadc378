package org.rightstracker.web.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.album.MechanicalRate;
import org.rightstracker.core.album.MechanicalRateInput;
import org.rightstracker.core.album.MechanicalRateService;
import org.rightstracker.core.album.engine.RateModel;
import org.rightstracker.web.api.AlbumDtos.RateDto;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.Requires;

/** The mechanical rates albums are priced with: data, not constants. Everyone reads; administrators edit. */
@Path("/api/v1/mechanical-rates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Albums")
public class MechanicalRatesApi {

    @Inject
    MechanicalRateService rates;

    /** Rates as decimal strings ("0.1240"), the long-song threshold as m:ss. */
    public record RateBody(
            Long version,
            String name,
            RateModel model,
            String currency,
            String unitRate,
            String longSongThreshold,
            String perMinuteRate,
            String dealerPricePercent,
            Boolean isDefault) {

        MechanicalRateInput input() {
            return new MechanicalRateInput(
                    name,
                    model,
                    currency,
                    unitRate,
                    longSongThreshold,
                    perMinuteRate,
                    dealerPricePercent,
                    Boolean.TRUE.equals(isDefault));
        }
    }

    @GET
    @Transactional
    public List<RateDto> list() {
        return rates.list().stream().map(RateDto::of).toList();
    }

    @POST
    @Requires(Permission.MANAGE_RATES)
    @Transactional
    @Operation(
            summary = "Add a mechanical rate",
            description = "PER_UNIT: unitRate, optionally a long-song rule"
                    + " (longSongThreshold and perMinuteRate together). PERCENT_OF_DEALER_PRICE: dealerPricePercent.")
    public Response create(RateBody body) {
        MechanicalRate rate =
                ApiBodies.flushed(rates.create(ApiBodies.required(body).input()));
        return Response.created(URI.create("/api/v1/mechanical-rates/" + rate.id))
                .entity(RateDto.of(rate))
                .build();
    }

    @PUT
    @Path("{id}")
    @Requires(Permission.MANAGE_RATES)
    @Transactional
    public RateDto update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, RateBody body) {
        RateBody given = ApiBodies.required(body);
        return RateDto.of(
                ApiBodies.flushed(rates.update(id, Versions.expected(ifMatch, given.version()), given.input())));
    }
}
