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
import org.rightstracker.core.production.Production;
import org.rightstracker.core.series.Season;
import org.rightstracker.core.series.SeriesRollup;
import org.rightstracker.core.series.SeriesRollups;
import org.rightstracker.core.series.SeriesService;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.ConflictView;
import org.rightstracker.web.page.EditMerge;
import org.rightstracker.web.page.Flash;
import org.rightstracker.web.page.FormErrors;
import org.rightstracker.web.page.OtherChanges;
import org.rightstracker.web.security.AppUser;
import org.rightstracker.web.security.CurrentUser;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.Permissions;
import org.rightstracker.web.security.SeriesAccess;
import org.rightstracker.web.security.UserAccounts;

/**
 * One season: its episodes in order with their clearance counts, budgets and what is expiring; the form
 * editing the season, and "Add an episode", which makes a new episode production in it.
 */
@Path("/seasons")
public class SeasonPage {

    @Inject
    SeriesAccess access;

    @Inject
    SeriesRollups rollups;

    @Inject
    SeriesService service;

    @Inject
    Permissions permissions;

    @Inject
    CurrentUser user;

    @Inject
    UserAccounts accounts;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Season season, SeriesRollup.SeasonLine line);

        static native TemplateInstance form(Season season, SeasonForm form, FormErrors errors, ConflictView conflict);

        static native TemplateInstance episodeForm(Season season, EpisodeForm form, FormErrors errors);
    }

    @GET
    @Path("{id}")
    @Transactional
    public TemplateInstance show(@PathParam("id") long id) {
        Season season = access.requireVisibleSeason(id);
        SeriesRollup rollup = rollups.rollup(season.series.id, id, access.episodeFilter());
        return Templates.show(season, rollup.seasons().get(0));
    }

    @GET
    @Path("{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance edit(@PathParam("id") long id) {
        Season season = editable(id);
        return Templates.form(season, SeasonForm.of(season), FormErrors.none(), null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response update(@PathParam("id") long id, @BeanParam SeasonForm form, @RestForm List<String> keep) {
        editable(id);
        EditMerge.Outcome<SeasonForm> outcome = EditMerge.save(
                form,
                keep,
                SeasonForm.MERGE,
                () -> SeasonForm.of(service.season(id)),
                seen -> OtherChanges.ofEntity("Season", id, seen),
                f -> "Saved "
                        + service.updateSeason(id, f.versionNumber(), f.toInput())
                                .label() + ".");
        if (outcome.saved()) {
            return Flash.seeOther("/seasons/" + id, outcome.message());
        }
        return Response.status(outcome.status())
                .entity(Templates.form(
                        service.season(id), outcome.form(), outcome.errors(SeasonForm.FIELDS), outcome.conflict()))
                .build();
    }

    @GET
    @Path("{id}/episodes/new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance newEpisode(@PathParam("id") long id) {
        Season season = creatable(id);
        return Templates.episodeForm(season, EpisodeForm.empty(), FormErrors.none());
    }

    @POST
    @Path("{id}/episodes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response addEpisode(@PathParam("id") long id, @BeanParam EpisodeForm form) {
        Season season = creatable(id);
        Production created;
        try {
            created = service.addEpisode(id, form.toInput(season), form.order());
        } catch (ValidationException e) {
            return Response.status(400)
                    .entity(Templates.episodeForm(season, form, FormErrors.of(e, EpisodeForm.FIELDS)))
                    .build();
        }
        // The creator joins the team, or a supervisor would lose sight of the episode they just made.
        AppUser creator = AppUser.findById(user.userId());
        if (creator != null) {
            accounts.addMember(created, creator);
        }
        return Flash.seeOther(
                "/productions/" + created.id,
                "Added " + created.displayTitle() + " to " + season.label()
                        + ". It takes the series' release plan, studio and currency until it sets its own.");
    }

    /** A season the reader sees, and 403 unless they may edit productions. */
    private Season editable(long id) {
        Season season = access.requireVisibleSeason(id);
        permissions.require(Permission.EDIT_PRODUCTION);
        return season;
    }

    /** A season the reader sees, and 403 unless they may create productions. */
    private Season creatable(long id) {
        Season season = access.requireVisibleSeason(id);
        permissions.require(Permission.CREATE_PRODUCTION);
        return season;
    }
}
