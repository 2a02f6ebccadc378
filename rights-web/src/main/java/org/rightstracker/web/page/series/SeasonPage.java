package org.rightstracker.web.page.series;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.rightstracker.core.series.Season;
import org.rightstracker.core.series.SeriesRollup;
import org.rightstracker.core.series.SeriesRollups;
import org.rightstracker.web.security.SeriesAccess;

/** One season: its episodes in order with their clearance counts, budgets and what is expiring. */
@Path("/seasons")
public class SeasonPage {

    @Inject
    SeriesAccess access;

    @Inject
    SeriesRollups rollups;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Season season, SeriesRollup.SeasonLine line);
    }

    @GET
    @Path("{id}")
    @Transactional
    public TemplateInstance show(@PathParam("id") long id) {
        Season season = access.requireVisibleSeason(id);
        SeriesRollup rollup = rollups.rollup(season.series.id, id, access.episodeFilter());
        return Templates.show(season, rollup.seasons().get(0));
    }
}
