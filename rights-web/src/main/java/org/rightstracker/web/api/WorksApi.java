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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.catalogue.CatalogueKind;
import org.rightstracker.core.work.PublisherRole;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WorkInput;
import org.rightstracker.core.work.WorkService;
import org.rightstracker.core.work.WriterDesignation;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.Requires;

/** Compositions with their writers and publishers. Everyone reads; supervisors edit. */
@Path("/api/v1/works")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Works")
public class WorksApi {

    @Inject
    WorkService works;

    @Inject
    CatalogueMergeRequests mergeRequests;

    public record WriterDto(
            long partyId,
            String partyName,
            String share,
            WriterDesignation designation,
            String society,
            boolean workForHire) {}

    public record PublisherDto(long partyId, String partyName, String share, PublisherRole role, String society) {}

    /** A work; shares are decimal strings of percentages ("50.00"), totals per side beside them. */
    public record WorkDto(
            long id,
            long version,
            String title,
            String iswc,
            boolean publicDomain,
            List<String> alternateTitles,
            String notes,
            List<WriterDto> writers,
            String writerTotal,
            List<PublisherDto> publishers,
            String publisherTotal) {

        static WorkDto of(Work w) {
            return new WorkDto(
                    w.id,
                    w.version,
                    w.title,
                    w.iswc,
                    w.publicDomain,
                    List.copyOf(w.alternateTitles),
                    w.notes,
                    w.writers.stream()
                            .map(s -> new WriterDto(
                                    s.party.id,
                                    s.party.name,
                                    s.share.toPlainString(),
                                    s.designation,
                                    s.society,
                                    s.workForHire))
                            .toList(),
                    w.writerTotal().value().toPlainString(),
                    w.publishers.stream()
                            .map(s -> new PublisherDto(
                                    s.party.id, s.party.name, s.share.toPlainString(), s.role, s.society))
                            .toList(),
                    w.publisherTotal().value().toPlainString());
        }
    }

    public record WriterBody(
            Long partyId, String share, WriterDesignation designation, String society, boolean workForHire) {}

    public record PublisherBody(Long partyId, String share, PublisherRole role, String society) {}

    /** A work to create or replace, with its full writer and publisher lists. */
    public record WorkBody(
            Long version,
            String title,
            String iswc,
            boolean publicDomain,
            List<String> alternateTitles,
            String notes,
            List<WriterBody> writers,
            List<PublisherBody> publishers) {

        WorkInput input() {
            return new WorkInput(
                    title,
                    iswc,
                    publicDomain,
                    alternateTitles,
                    notes,
                    writers == null
                            ? List.of()
                            : writers.stream()
                                    .map(w -> new WorkInput.Writer(
                                            w.partyId(), w.share(), w.designation(), w.society(), w.workForHire()))
                                    .toList(),
                    publishers == null
                            ? List.of()
                            : publishers.stream()
                                    .map(p -> new WorkInput.Publisher(p.partyId(), p.share(), p.role(), p.society()))
                                    .toList());
        }
    }

    @GET
    @Transactional
    public PageOf<WorkDto> list(
            @QueryParam("q") String query,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        PageOf.check(page, size);
        return new PageOf<>(
                works.search(query, page, size).stream().map(WorkDto::of).toList(), page, size, works.count(query));
    }

    @GET
    @Path("{id}")
    @Transactional
    public Response get(@PathParam("id") long id) {
        Work work = works.get(id);
        return Response.ok(WorkDto.of(work)).tag(Long.toString(work.version)).build();
    }

    @POST
    @Requires(Permission.EDIT_CATALOGUE)
    @Transactional
    public Response create(WorkBody body) {
        Work work = ApiBodies.flushed(works.create(ApiBodies.required(body).input()));
        return Response.created(URI.create("/api/v1/works/" + work.id))
                .entity(WorkDto.of(work))
                .build();
    }

    @PUT
    @Path("{id}")
    @Requires(Permission.EDIT_CATALOGUE)
    @Transactional
    public WorkDto update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, WorkBody body) {
        WorkBody given = ApiBodies.required(body);
        return WorkDto.of(
                ApiBodies.flushed(works.update(id, Versions.expected(ifMatch, given.version()), given.input())));
    }

    @DELETE
    @Path("{id}")
    @Requires(Permission.EDIT_CATALOGUE)
    public Response delete(
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @QueryParam("version") Long version) {
        works.delete(id, Versions.expected(ifMatch, version));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/merge")
    @Requires(Permission.MERGE_CATALOGUE)
    @Operation(
            summary = "Merge this work into another (administrators)",
            description =
                    "Every reference (cues, recordings, registrations, acknowledgements) moves to the kept work, which takes the ISWC it lacked and this work's titles as alternate titles; this work is deleted and its address leads to the kept one. 400 when both have different ISWCs. Send this work's version (\"version\" or If-Match) and the kept one's"
                            + " (\"keptVersion\"); a stale version is a 409. Answers the kept work and the rows moved.")
    public CatalogueMergeRequests.MergeResult<WorkDto> merge(
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, CatalogueMergeRequests.MergeBody body) {
        return mergeRequests.merge(CatalogueKind.WORK, id, ifMatch, body, works, WorkDto::of);
    }
}
