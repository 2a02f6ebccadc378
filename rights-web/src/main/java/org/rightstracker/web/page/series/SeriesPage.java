package org.rightstracker.web.page.series;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.scope.Media;
import org.rightstracker.core.series.Season;
import org.rightstracker.core.series.Series;
import org.rightstracker.core.series.SeriesRollup;
import org.rightstracker.core.series.SeriesRollups;
import org.rightstracker.core.series.SeriesService;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.ConflictView;
import org.rightstracker.web.page.EditMerge;
import org.rightstracker.web.page.Flash;
import org.rightstracker.web.page.FormErrors;
import org.rightstracker.web.page.OtherChanges;
import org.rightstracker.web.page.References;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.Permissions;
import org.rightstracker.web.security.SeriesAccess;

/**
 * The series the user works on, and one series rolled up season by season: per episode the cues cleared,
 * blocked and at risk, the money, and what is about to expire. Read from one clearance load for all the
 * episodes (see {@link SeriesRollups}). Also the series form (title and the defaults episodes inherit) and
 * the form adding a season.
 */
@Path("/series")
public class SeriesPage {

    @Inject
    SeriesAccess access;

    @Inject
    SeriesRollups rollups;

    @Inject
    SeriesService service;

    @Inject
    Permissions permissions;

    @Inject
    References references;

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

        static native TemplateInstance form(
                Series series, SeriesForm form, FormErrors errors, ConflictView conflict, List<Media> media);

        static native TemplateInstance seasonForm(Series series, SeasonForm form, FormErrors errors);
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

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance newForm() {
        permissions.require(Permission.CREATE_PRODUCTION);
        return Templates.form(null, SeriesForm.empty(), FormErrors.none(), null, List.of(Media.values()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(@BeanParam SeriesForm form) {
        permissions.require(Permission.CREATE_PRODUCTION);
        try {
            Series created = service.create(form.toInput(references));
            return Flash.seeOther(
                    "/series/" + created.id, "Created the series " + created.title + ". Add its first season next.");
        } catch (ValidationException e) {
            return Response.status(400)
                    .entity(Templates.form(
                            null, form, FormErrors.of(e, SeriesForm.FIELDS), null, List.of(Media.values())))
                    .build();
        }
    }

    @GET
    @Path("{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance edit(@PathParam("id") long id) {
        Series series = access.requireEditable(id);
        return Templates.form(series, SeriesForm.of(series), FormErrors.none(), null, List.of(Media.values()));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response update(@PathParam("id") long id, @BeanParam SeriesForm form, @RestForm List<String> keep) {
        access.requireEditable(id);
        EditMerge.Outcome<SeriesForm> outcome = EditMerge.save(
                form,
                keep,
                SeriesForm.MERGE,
                () -> SeriesForm.of(service.get(id)),
                seen -> OtherChanges.ofEntity("Series", id, seen),
                f -> "Saved the series "
                        + service.update(id, f.versionNumber(), f.toInput(references)).title
                        + "; its episodes without their own plan, studio or currency inherit the change.");
        if (outcome.saved()) {
            return Flash.seeOther("/series/" + id, outcome.message());
        }
        return Response.status(outcome.status())
                .entity(Templates.form(
                        service.get(id),
                        outcome.form(),
                        outcome.errors(SeriesForm.FIELDS),
                        outcome.conflict(),
                        List.of(Media.values())))
                .build();
    }

    @GET
    @Path("{id}/seasons/new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance newSeason(@PathParam("id") long id) {
        Series series = access.requireEditable(id);
        return Templates.seasonForm(series, SeasonForm.next(service.seasons(id)), FormErrors.none());
    }

    @POST
    @Path("{id}/seasons")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response addSeason(@PathParam("id") long id, @BeanParam SeasonForm form) {
        Series series = access.requireEditable(id);
        try {
            Season season = service.addSeason(id, form.toInput());
            return Flash.seeOther("/seasons/" + season.id, "Added " + season.label() + " to " + series.title + ".");
        } catch (ValidationException e) {
            return Response.status(400)
                    .entity(Templates.seasonForm(series, form, FormErrors.of(e, SeasonForm.FIELDS)))
                    .build();
        }
    }
}
