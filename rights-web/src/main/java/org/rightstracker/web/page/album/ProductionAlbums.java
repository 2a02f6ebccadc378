package org.rightstracker.web.page.album;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.rightstracker.core.album.Album;

/**
 * The albums section of the production page, read by its template as {@code inject:albums.of(id)}, so
 * the production page's own resource stays as it is. The production is already checked visible there.
 */
@Named("albums")
@RequestScoped
public class ProductionAlbums {

    /** An album as the production page lists it. */
    public record Summary(long id, String title, String label, String catalogueNumber, int tracks) {}

    public List<Summary> of(long productionId) {
        return Album.<Album>list(
                        "select distinct a from Album a left join fetch a.label left join fetch a.tracks"
                                + " where a.production.id = ?1 order by a.title, a.id",
                        productionId)
                .stream()
                .map(a -> new Summary(
                        a.id, a.title, a.label == null ? null : a.label.name, a.catalogueNumber, a.tracks.size()))
                .toList();
    }
}
