package org.rightstracker.web.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.album.AlbumTrack;
import org.rightstracker.core.album.AlbumTrackService;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.api.AlbumDtos.TrackDto;
import org.rightstracker.web.security.ProductionAccess;

/** One album track: edit its title and duration, move it, remove it, re-derive its rights. */
@Path("/api/v1/album-tracks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Albums")
public class AlbumTracksApi {

    @Inject
    AlbumTrackService tracks;

    @Inject
    ProductionAccess access;

    public record TrackBody(Long version, String title, String duration) {}

    /** A move of a track; the version is the album's (the track list's). */
    public record MoveBody(Long version, AlbumTrackService.Move direction) {}

    public record VersionBody(Long version) {}

    @PUT
    @Path("{id}")
    @Transactional
    @Operation(summary = "Change a track's title and duration", description = "Duration as m:ss; empty clears it.")
    public TrackDto update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, TrackBody body) {
        editable(id);
        TrackBody given = ApiBodies.required(body);
        return TrackDto.of(ApiBodies.flushed(
                tracks.update(id, Versions.expected(ifMatch, given.version()), given.title(), given.duration())));
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @Operation(summary = "Remove a track", description = "The version is the album's (the track list's).")
    public Response remove(
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @QueryParam("version") Long version) {
        editable(id);
        tracks.remove(id, Versions.expected(ifMatch, version));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/move")
    @Transactional
    @Operation(summary = "Move a track up or down one place", description = "The version is the album's.")
    public Response move(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, MoveBody body) {
        editable(id);
        MoveBody given = ApiBodies.required(body);
        long version = Versions.expected(ifMatch, given.version());
        if (given.direction() == null) {
            throw new ValidationException("direction", "Send the direction: UP or DOWN.");
        }
        tracks.move(id, version, given.direction());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/refresh-rights")
    @Transactional
    @Operation(
            summary = "Add the album rights the track now needs",
            description = "After an ownership change in"
                    + " the catalogue: adds a right for every holder that has none. The version is the track's.")
    public TrackDto refreshRights(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, VersionBody body) {
        editable(id);
        VersionBody given = ApiBodies.required(body);
        return TrackDto.of(ApiBodies.flushed(tracks.refreshRights(id, Versions.expected(ifMatch, given.version()))));
    }

    private AlbumTrack editable(long id) {
        AlbumTrack track = tracks.get(id);
        access.requireEditable(track.album.production.id);
        return track;
    }
}
