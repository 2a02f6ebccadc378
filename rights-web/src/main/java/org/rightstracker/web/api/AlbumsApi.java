package org.rightstracker.web.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.album.Album;
import org.rightstracker.core.album.AlbumInput;
import org.rightstracker.core.album.AlbumService;
import org.rightstracker.core.album.AlbumTrack;
import org.rightstracker.core.album.AlbumTrackService;
import org.rightstracker.core.album.LabelCopy;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.api.AlbumDtos.AlbumDto;
import org.rightstracker.web.api.AlbumDtos.ChecklistDto;
import org.rightstracker.web.api.AlbumDtos.TrackDto;
import org.rightstracker.web.security.ProductionAccess;

/**
 * Soundtrack albums: a production's albums, each album with its track list, its clearance checklist and
 * its label copy. Everyone who sees the production reads; its supervisors edit.
 */
@Path("/api/v1/albums")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Albums")
public class AlbumsApi {

    @Inject
    AlbumService albums;

    @Inject
    AlbumTrackService tracks;

    @Inject
    ProductionAccess access;

    /** An album as sent: no mechanicalRateId keeps the album's rate (a new album takes the default). */
    public record AlbumBody(
            Long version,
            String title,
            Long labelId,
            LocalDate releaseDate,
            String catalogueNumber,
            String gtin,
            String pLine,
            String cLine,
            Long mechanicalRateId,
            String dealerPrice,
            String dealerPriceCurrency) {

        AlbumInput input() {
            return new AlbumInput(
                    title,
                    labelId,
                    releaseDate,
                    catalogueNumber,
                    gtin,
                    pLine,
                    cLine,
                    mechanicalRateId,
                    dealerPrice,
                    dealerPriceCurrency);
        }
    }

    /** A track to add: exactly one of a cue of the album's production or a catalogue recording. */
    public record TrackAddBody(Long version, Long cueId, Long recordingId) {}

    @GET
    @Path("{id}")
    @Transactional
    public Response get(@PathParam("id") long id) {
        Album album = visible(id);
        return Response.ok(AlbumDto.of(album)).tag(Long.toString(album.version)).build();
    }

    @PUT
    @Path("{id}")
    @Transactional
    @Operation(
            summary = "Replace an album's details",
            description = "Every detail takes the value sent; the"
                    + " track list is changed through its own operations. Send the version you read.")
    public AlbumDto update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, AlbumBody body) {
        editable(id);
        AlbumBody given = ApiBodies.required(body);
        return AlbumDto.of(
                ApiBodies.flushed(albums.update(id, Versions.expected(ifMatch, given.version()), given.input())));
    }

    @DELETE
    @Path("{id}")
    @Transactional
    public Response delete(
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @QueryParam("version") Long version) {
        editable(id);
        albums.delete(id, Versions.expected(ifMatch, version));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/tracks")
    @Transactional
    @Operation(
            summary = "Add a track at the end of the album",
            description = "From a cue of the album's"
                    + " production (cueId) or any catalogue recording (recordingId). The version is the album's: every"
                    + " change to the track list raises it. The track's album rights are derived from its ownership.")
    public Response addTrack(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, TrackAddBody body) {
        Album album = editable(id);
        TrackAddBody given = ApiBodies.required(body);
        long version = Versions.expected(ifMatch, given.version());
        // A stale list is a conflict whatever else is wrong with the request.
        album.requireVersion(version, "The track list of " + album.title);
        if (given.cueId() == null && given.recordingId() == null) {
            throw new ValidationException("cueId", "Send a cueId, a recordingId, or both (the cue in that recording).");
        }
        AlbumTrack track = given.cueId() != null
                ? tracks.addCue(id, version, given.cueId(), given.recordingId())
                : tracks.addRecording(id, version, given.recordingId());
        return Response.created(URI.create("/api/v1/album-tracks/" + track.id))
                .entity(TrackDto.of(ApiBodies.flushed(track)))
                .build();
    }

    @GET
    @Path("{id}/checklist")
    @Transactional
    @Operation(
            summary = "The album clearance checklist",
            description = "Per track each album right needed,"
                    + " cleared or not and why, the mechanical cost per unit (long-song rule or dealer-price percentage),"
                    + " and the album's totals.")
    public ChecklistDto checklist(@PathParam("id") long id) {
        visible(id);
        return ChecklistDto.of(id, albums.verdict(id));
    }

    @GET
    @Path("{id}/label-copy")
    @Transactional
    @Operation(
            summary = "The album's label copy",
            description = "Per track title, artists, writers and"
                    + " publishers with society and share, ISRC and duration; the album's \u2117 and \u00a9 lines; and"
                    + " what is still missing.")
    public LabelCopy labelCopy(@PathParam("id") long id) {
        visible(id);
        return albums.labelCopy(id);
    }

    private Album visible(long id) {
        Album album = albums.get(id);
        access.requireVisible(album.production.id);
        return album;
    }

    private Album editable(long id) {
        Album album = albums.get(id);
        access.requireEditable(album.production.id);
        return album;
    }
}
