package org.rightstracker.web.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.catalogue.CatalogueKind;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyInput;
import org.rightstracker.core.party.PartyKind;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.party.PartyService;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.Requires;

/** Parties: writers, publishers, labels, studios, libraries. Everyone reads; supervisors edit. */
@Path("/api/v1/parties")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Parties")
public class PartiesApi {

    @Inject
    PartyService parties;

    @Inject
    CatalogueMergeRequests mergeRequests;

    /** A party as the API shows it; identifiers in their stored (canonical) form. */
    public record PartyDto(
            long id,
            long version,
            String name,
            PartyKind kind,
            Set<PartyRole> roles,
            String society,
            String ipiNameNumber,
            String isni,
            String contactName,
            String email,
            String phone,
            String notes) {

        static PartyDto of(Party p) {
            return new PartyDto(
                    p.id,
                    p.version,
                    p.name,
                    p.kind,
                    p.roles,
                    p.society,
                    p.ipiNameNumber,
                    p.isni,
                    p.contactName,
                    p.email,
                    p.phone,
                    p.notes);
        }
    }

    /** What a client sends to create or replace a party; {@code version} is needed to replace. */
    public record PartyBody(
            Long version,
            String name,
            PartyKind kind,
            Set<PartyRole> roles,
            String society,
            String ipiNameNumber,
            String isni,
            String contactName,
            String email,
            String phone,
            String notes) {

        PartyInput input() {
            return new PartyInput(name, kind, roles, society, ipiNameNumber, isni, contactName, email, phone, notes);
        }
    }

    @GET
    public PageOf<PartyDto> list(
            @QueryParam("q") String query,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        PageOf.check(page, size);
        return new PageOf<>(
                parties.search(query, page, size).stream().map(PartyDto::of).toList(),
                page,
                size,
                parties.count(query));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        Party party = parties.get(id);
        return Response.ok(PartyDto.of(party)).tag(Long.toString(party.version)).build();
    }

    @POST
    @Transactional
    @Requires(Permission.EDIT_CATALOGUE)
    public Response create(PartyBody body) {
        Party party = ApiBodies.flushed(parties.create(ApiBodies.required(body).input()));
        return Response.created(URI.create("/api/v1/parties/" + party.id))
                .entity(PartyDto.of(party))
                .build();
    }

    @PUT
    @Path("{id}")
    @Transactional
    @Requires(Permission.EDIT_CATALOGUE)
    public PartyDto update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, PartyBody body) {
        PartyBody given = ApiBodies.required(body);
        return PartyDto.of(
                ApiBodies.flushed(parties.update(id, Versions.expected(ifMatch, given.version()), given.input())));
    }

    @DELETE
    @Path("{id}")
    @Requires(Permission.EDIT_CATALOGUE)
    public Response delete(
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @QueryParam("version") Long version) {
        parties.delete(id, Versions.expected(ifMatch, version));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/merge")
    @Requires(Permission.MERGE_CATALOGUE)
    @Operation(
            summary = "Merge this party into another (administrators)",
            description =
                    "Every reference (writer, publisher and master shares, licences, studio of productions and series, album label and rights, registered shares) moves to the kept party, which takes the IPI, ISNI, roles and contact details it lacked; this party is deleted and its address leads to the kept one. 400 when both have different IPIs or both hold a share of one work or master. Send this party's version (\"version\" or If-Match) and the kept one's"
                            + " (\"keptVersion\"); a stale version is a 409. Answers the kept party and the rows moved.")
    public CatalogueMergeRequests.MergeResult<PartyDto> merge(
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, CatalogueMergeRequests.MergeBody body) {
        return mergeRequests.merge(CatalogueKind.PARTY, id, ifMatch, body, parties, PartyDto::of);
    }
}
