package org.rightstracker.web.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.album.Album;
import org.rightstracker.core.album.AlbumService;
import org.rightstracker.web.api.AlbumDtos.AlbumDto;
import org.rightstracker.web.security.ProductionAccess;

/** The soundtrack albums of one production: listed by everyone who sees it, added by its supervisors. */
@Path("/api/v1/productions/{productionId}/albums")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Albums")
public class ProductionAlbumsApi {

    @Inject
    AlbumService albums;

    @Inject
    ProductionAccess access;

    @GET
    @Transactional
    public List<AlbumDto> list(@PathParam("productionId") long productionId) {
        access.requireVisible(productionId);
        return albums.listFor(productionId).stream().map(AlbumDto::of).toList();
    }

    @POST
    @Transactional
    public Response create(@PathParam("productionId") long productionId, AlbumsApi.AlbumBody body) {
        access.requireEditable(productionId);
        Album album = ApiBodies.flushed(
                albums.create(productionId, ApiBodies.required(body).input()));
        return Response.created(URI.create("/api/v1/albums/" + album.id))
                .entity(AlbumDto.of(album))
                .build();
    }
}
