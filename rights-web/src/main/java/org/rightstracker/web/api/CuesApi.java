package org.rightstracker.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.clearance.ProductionClearance;
import org.rightstracker.core.clearance.engine.CueStatus;
import org.rightstracker.core.clearance.engine.CueVerdict;
import org.rightstracker.core.clearance.engine.ProductionVerdict;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueInput;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueService;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.shared.RunningTime;
import org.rightstracker.web.security.ProductionAccess;

/** One cue with its clearance status; supervisors of its production edit it. */
@Path("/api/v1/cues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cues")
public class CuesApi {

    @Inject
    CueService cues;

    @Inject
    ProductionAccess access;

    @Inject
    ProductionClearance clearance;

    @Inject
    MergePatch merging;

    public record CueDto(
            long id,
            long version,
            long productionId,
            String number,
            String title,
            CueOrigin origin,
            CueUsage usage,
            String timecodeIn,
            String timecodeOut,
            String duration,
            String scene,
            String moods,
            String styles,
            String notes,
            Long workId,
            Long recordingId,
            boolean active,
            CueStatus status) {

        static CueDto of(Cue c, CueStatus status) {
            return new CueDto(
                    c.id,
                    c.version,
                    c.production.id,
                    c.number,
                    c.title,
                    c.origin,
                    c.usage,
                    c.timecodeIn,
                    c.timecodeOut,
                    c.durationSeconds == null ? null : RunningTime.format(Duration.ofSeconds(c.durationSeconds)),
                    c.scene,
                    c.moods,
                    c.styles,
                    c.notes,
                    c.work == null ? null : c.work.id,
                    c.recording == null ? null : c.recording.id,
                    c.active,
                    status);
        }
    }

    public record CueBody(
            Long version,
            String number,
            String title,
            CueOrigin origin,
            CueUsage usage,
            String timecodeIn,
            String timecodeOut,
            String duration,
            String scene,
            String moods,
            String styles,
            String notes,
            Long workId,
            Long recordingId,
            Boolean active) {

        /** The body that would leave the cue as it is: what a merge patch applies to. */
        static CueBody of(Cue c) {
            return new CueBody(
                    c.version,
                    c.number,
                    c.title,
                    c.origin,
                    c.usage,
                    c.timecodeIn,
                    c.timecodeOut,
                    c.durationSeconds == null ? null : RunningTime.format(Duration.ofSeconds(c.durationSeconds)),
                    c.scene,
                    c.moods,
                    c.styles,
                    c.notes,
                    c.work == null ? null : c.work.id,
                    c.recording == null ? null : c.recording.id,
                    c.active);
        }

        CueInput input() {
            return new CueInput(
                    number,
                    title,
                    origin,
                    usage,
                    timecodeIn,
                    timecodeOut,
                    duration,
                    scene,
                    moods,
                    styles,
                    notes,
                    workId,
                    recordingId,
                    active == null || active);
        }
    }

    @GET
    @Path("{id}")
    @Transactional
    public Response get(@PathParam("id") long id) {
        Cue cue = access.requireVisibleCue(id);
        return Response.ok(CueDto.of(cue, status(cue.id)))
                .tag(Long.toString(cue.version))
                .build();
    }

    @PUT
    @Path("{id}")
    @Transactional
    @Operation(
            summary = "Replace a cue",
            description = "Full replacement: a member left out is cleared, as if sent as null (\"active\" left"
                    + " out means in the cut). To change some members only, send a merge patch with PATCH.")
    public CueDto update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, CueBody body) {
        editable(id);
        return save(id, ifMatch, ApiBodies.required(body));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Transactional
    @Operation(
            summary = "Change some members of a cue",
            description = "JSON Merge Patch (RFC 7396): a member left out keeps its value, null clears it. Send"
                    + " the version you read (\"version\" or If-Match); a stale one is a 409.")
    public CueDto patch(
            @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MergePatch.MEDIA_TYPE,
                                            schema = @Schema(implementation = CueBody.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "Moods only",
                                                            value =
                                                                    "{\"version\": 4, \"moods\": \"tense, nocturnal\"}")))
                    String patch)
            throws JsonProcessingException {
        Cue cue = editable(id);
        return save(id, ifMatch, merging.apply(CueBody.of(cue), patch, CueBody.class));
    }

    private Cue editable(long id) {
        Cue existing = access.requireVisibleCue(id);
        access.requireEditable(existing.production.id);
        return existing;
    }

    private CueDto save(long id, String ifMatch, CueBody body) {
        Cue cue = ApiBodies.flushed(cues.update(id, Versions.expected(ifMatch, body.version()), body.input()));
        return CueDto.of(cue, status(cue.id));
    }

    @DELETE
    @Path("{id}")
    @Transactional
    public Response delete(
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @QueryParam("version") Long version) {
        Cue cue = access.requireVisibleCue(id);
        access.requireEditable(cue.production.id);
        cues.delete(id, Versions.expected(ifMatch, version));
        return Response.noContent().build();
    }

    /** The cue's clearance items (obsolete ones on request), each with its fee after MFN. */
    @GET
    @Path("{id}/clearance-items")
    @Transactional
    public PageOf<ClearanceItemsApi.ItemDto> items(
            @PathParam("id") long cueId,
            @QueryParam("status") String statusText,
            @QueryParam("includeObsolete") @DefaultValue("false") boolean includeObsolete,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        Cue cue = access.requireVisibleCue(cueId);
        LicenceStatus status = QueryValues.optional(LicenceStatus.class, "status", statusText);
        CueVerdict verdict = clearance.evaluateCue(cueId);
        List<ClearanceItem> matching = cue.items.stream()
                .filter(i -> includeObsolete || !i.obsolete)
                .filter(i -> status == null || i.status == status)
                // In id order, so an amendment follows the licence it amends (the cue keeps them newest first).
                .sorted(Comparator.comparingLong(i -> i.id))
                .toList();
        return PageOf.slice(
                matching, page, size, i -> ClearanceItemsApi.ItemDto.of(i, ClearanceItemsApi.verdictOf(verdict, i)));
    }

    /** One cue's status, evaluated without the rest of its production. */
    CueStatus status(long cueId) {
        return clearance.evaluateCue(cueId).status();
    }

    Map<Long, CueStatus> statuses(long productionId) {
        return statuses(clearance.evaluate(productionId));
    }

    static Map<Long, CueStatus> statuses(ProductionVerdict verdict) {
        return verdict.cues().stream().collect(Collectors.toMap(CueVerdict::cueId, CueVerdict::status, (a, b) -> a));
    }
}
