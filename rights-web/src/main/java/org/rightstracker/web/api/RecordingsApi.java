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
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.recording.RecordingInput;
import org.rightstracker.core.recording.RecordingService;
import org.rightstracker.core.shared.RunningTime;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.Requires;

/** Master recordings with their owners. Everyone reads; supervisors edit. */
@Path("/api/v1/recordings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recordings")
public class RecordingsApi {

    @Inject
    RecordingService recordings;

    @Inject
    CatalogueMergeRequests mergeRequests;

    public record OwnerDto(long partyId, String partyName, String share) {}

    /** A recording; duration as m:ss, the ISRC in its stored 12-character form. */
    public record RecordingDto(
            long id,
            long version,
            String title,
            String artist,
            String isrc,
            Integer releaseYear,
            String duration,
            Long workId,
            String notes,
            List<OwnerDto> owners,
            String ownerTotal) {

        static RecordingDto of(Recording r) {
            return new RecordingDto(
                    r.id,
                    r.version,
                    r.title,
                    r.artist,
                    r.isrc,
                    r.releaseYear,
                    r.durationSeconds == null
                            ? null
                            : RunningTime.format(java.time.Duration.ofSeconds(r.durationSeconds)),
                    r.work == null ? null : r.work.id,
                    r.notes,
                    r.owners.stream()
                            .map(o -> new OwnerDto(o.party.id, o.party.name, o.share.toPlainString()))
                            .toList(),
                    r.ownerTotal().value().toPlainString());
        }
    }

    public record OwnerBody(Long partyId, String share) {}

    public record RecordingBody(
            Long version,
            String title,
            String artist,
            String isrc,
            Integer releaseYear,
            String duration,
            Long workId,
            String notes,
            List<OwnerBody> owners) {

        RecordingInput input() {
            return new RecordingInput(
                    title,
                    artist,
                    isrc,
                    releaseYear,
                    duration,
                    workId,
                    notes,
                    owners == null
                            ? List.of()
                            : owners.stream()
                                    .map(o -> new RecordingInput.Owner(o.partyId(), o.share()))
                                    .toList());
        }
    }

    @GET
    @Transactional
    public PageOf<RecordingDto> list(
            @QueryParam("q") String query,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        PageOf.check(page, size);
        return new PageOf<>(
                recordings.search(query, page, size).stream()
                        .map(RecordingDto::of)
                        .toList(),
                page,
                size,
                recordings.count(query));
    }

    @GET
    @Path("{id}")
    @Transactional
    public Response get(@PathParam("id") long id) {
        Recording recording = recordings.get(id);
        return Response.ok(RecordingDto.of(recording))
                .tag(Long.toString(recording.version))
                .build();
    }

    @POST
    @Requires(Permission.EDIT_CATALOGUE)
    @Transactional
    public Response create(RecordingBody body) {
        Recording recording =
                ApiBodies.flushed(recordings.create(ApiBodies.required(body).input()));
        return Response.created(URI.create("/api/v1/recordings/" + recording.id))
                .entity(RecordingDto.of(recording))
                .build();
    }

    @PUT
    @Path("{id}")
    @Requires(Permission.EDIT_CATALOGUE)
    @Transactional
    public RecordingDto update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, RecordingBody body) {
        RecordingBody given = ApiBodies.required(body);
        return RecordingDto.of(
                ApiBodies.flushed(recordings.update(id, Versions.expected(ifMatch, given.version()), given.input())));
    }

    @DELETE
    @Path("{id}")
    @Requires(Permission.EDIT_CATALOGUE)
    public Response delete(
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @QueryParam("version") Long version) {
        recordings.delete(id, Versions.expected(ifMatch, version));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/merge")
    @Requires(Permission.MERGE_CATALOGUE)
    @Operation(
            summary = "Merge this recording into another (administrators)",
            description =
                    "Every reference (cues, album tracks, remembered EDL clips) moves to the kept recording, which takes the ISRC it lacked; this recording is deleted and its address leads to the kept one. 400 when both have different ISRCs or perform different works. Send this recording's version (\"version\" or If-Match) and the kept one's"
                            + " (\"keptVersion\"); a stale version is a 409. Answers the kept recording and the rows moved.")
    public CatalogueMergeRequests.MergeResult<RecordingDto> merge(
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, CatalogueMergeRequests.MergeBody body) {
        return mergeRequests.merge(CatalogueKind.RECORDING, id, ifMatch, body, recordings, RecordingDto::of);
    }
}
