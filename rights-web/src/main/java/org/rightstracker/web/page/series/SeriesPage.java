package org.rightstracker.web.page.series;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.rightstracker.core.series.Series;
import org.rightstracker.core.series.SeriesRollup;
import org.rightstracker.core.series.SeriesRollups;
import org.rightstracker.web.security.SeriesAccess;

/**
 * The series the user works on, and one series rolled up season by season: per episode the cues cleared,
 * blocked and at risk, the money, and what is about to expire. Read from one clearance load for all the
 * episodes (see {@link SeriesRollups}).
 */
@Path("/series")
public class SeriesPage {

    @Inject
    SeriesAccess access;

    @Inject
    SeriesRollups rollups;

    /** A series with its defaults, for the heading. */
    public record Heading(Series series, String plan, String studio) {
        static Heading of(Series series) {
            var plan = series.releasePlan();
            return new Heading(
                    series,
                    plan == null
                            ? null
                            : plan.media().describe() + ", "
                                    + plan.territories().describe() + ", "
                                    + plan.term().describe(),
                    series.studio == null ? null : series.studio.name);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Series> series);

        static native TemplateInstance show(Heading heading, SeriesRollup rollup);
    }

    @GET
    @Transactional
    public TemplateInstance list() {
        return Templates.list(access.visibleSeries());
    }

    @GET
    @Path("{id}")
    @Transactional
    public TemplateInstance show(@PathParam("id") long id) {
        Series series = access.requireVisible(id);
        return Templates.show(Heading.of(series), rollups.rollup(id, null, access.episodeFilter()));
    }
}
