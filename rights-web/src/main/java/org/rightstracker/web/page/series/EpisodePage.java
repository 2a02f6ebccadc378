package org.rightstracker.web.page.series;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.cue.CueCopy;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.series.SeriesService;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.ConflictView;
import org.rightstracker.web.page.EditMerge;
import org.rightstracker.web.page.Flash;
import org.rightstracker.web.page.FormErrors;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.page.OtherChanges;
import org.rightstracker.web.security.ProductionAccess;
import org.rightstracker.web.security.SeriesAccess;

/**
 * A production as an episode, from its own page: "Place in a series" (choose the series' season by name,
 * move it, or take it out) and "Copy cues from episode …" (choose a sibling episode, preview, copy) —
 * the page side of {@code PUT /api/v1/productions/{id}/season} and {@code POST .../cue-copies}.
 */
@Path("/productions/{id}")
public class EpisodePage {

    @Inject
    ProductionAccess access;

    @Inject
    SeriesAccess seriesAccess;

    @Inject
    SeriesService series;

    @Inject
    CueCopy cueCopy;

    /** A season offered in the placement select, under its series. */
    public record SeasonChoice(Long id, String series, String label) {}

    /** An episode offered as the source of a copy. */
    public record EpisodeChoice(Long id, String label) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance placement(
                Production production,
                PlacementForm form,
                List<SeasonChoice> seasons,
                FormErrors errors,
                ConflictView conflict);

        static native TemplateInstance cueCopy(
                Production production,
                List<EpisodeChoice> sources,
                Long chosen,
                CueCopy.Preview preview,
                FormErrors errors);
    }

    @GET
    @Path("season")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance placement(@PathParam("id") long id) {
        Production production = access.requireEditable(id);
        return Templates.placement(production, PlacementForm.of(production), seasons(), FormErrors.none(), null);
    }

    @POST
    @Path("season")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response place(@PathParam("id") long id, @BeanParam PlacementForm form, @RestForm List<String> keep) {
        access.requireEditable(id);
        EditMerge.Outcome<PlacementForm> outcome = EditMerge.save(
                form,
                keep,
                PlacementForm.MERGE,
                () -> PlacementForm.of(production(id)),
                seen -> OtherChanges.ofEntity("Production", id, seen),
                f -> save(id, f));
        if (outcome.saved()) {
            return Flash.seeOther("/productions/" + id, outcome.message());
        }
        return Response.status(outcome.status())
                .entity(Templates.placement(
                        production(id),
                        outcome.form(),
                        seasons(),
                        outcome.errors(PlacementForm.FIELDS),
                        outcome.conflict()))
                .build();
    }

    @GET
    @Path("cue-copies")
    @Produces(MediaType.TEXT_HTML)
    public Response copyForm(@PathParam("id") long id, @QueryParam("sourceProductionId") String source) {
        Production production = access.requireEditable(id);
        List<EpisodeChoice> sources = sources(production);
        if (source == null || source.isBlank()) {
            return Response.ok(Templates.cueCopy(production, sources, null, null, FormErrors.none()))
                    .build();
        }
        try {
            long chosen = offered(sources, source);
            CueCopy.Preview preview = cueCopy.preview(id, chosen);
            return Response.ok(Templates.cueCopy(production, sources, chosen, preview, FormErrors.none()))
                    .build();
        } catch (ValidationException e) {
            return Response.status(400)
                    .entity(Templates.cueCopy(
                            production, sources, null, null, FormErrors.of(e, List.of("sourceProductionId"))))
                    .build();
        }
    }

    @POST
    @Path("cue-copies")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response copy(@PathParam("id") long id, @RestForm String sourceProductionId) {
        Production production = access.requireEditable(id);
        List<EpisodeChoice> sources = sources(production);
        try {
            long chosen = offered(sources, sourceProductionId);
            CueCopy.Result result = cueCopy.copy(id, chosen, List.of());
            String from = production(chosen).displayTitle();
            return Flash.seeOther("/productions/" + id, copiedSentence(result, from));
        } catch (ValidationException e) {
            return Response.status(400)
                    .entity(Templates.cueCopy(
                            production, sources, null, null, FormErrors.of(e, List.of("sourceProductionId"))))
                    .build();
        }
    }

    private String save(long id, PlacementForm form) {
        Long seasonId = form.season();
        if (seasonId != null && !seriesAccess.canSeeSeason(seasonId)) {
            // A season the user may not see reads as one that does not exist.
            throw new ValidationException("seasonId", "Choose one of the listed seasons.");
        }
        Production placed =
                series.placeEpisode(id, form.versionNumber(), seasonId, form.order(), form.seriesCurrency());
        return placed.season == null
                ? "Took " + placed.displayTitle() + " out of its series."
                : "Placed " + placed.displayTitle() + " in " + placed.season + " as episode " + placed.episodeOrder
                        + ".";
    }

    private static String copiedSentence(CueCopy.Result result, String from) {
        StringBuilder text = new StringBuilder();
        if (result.copied().isEmpty()) {
            text.append("Copied no cues from ").append(from).append('.');
        } else {
            text.append("Copied ")
                    .append(result.copied().size())
                    .append(result.copied().size() == 1 ? " cue" : " cues")
                    .append(" from ")
                    .append(from)
                    .append(": ")
                    .append(String.join(", ", result.copied()))
                    .append(". No licence is copied; a season or series licence covers the copies by its range.");
        }
        if (!result.skipped().isEmpty()) {
            text.append(" Skipped ")
                    .append(String.join(", ", result.skipped()))
                    .append(": this episode already has cues of those numbers.");
        }
        return text.toString();
    }

    /** The seasons of every series the user sees, series by series. */
    private List<SeasonChoice> seasons() {
        return seriesAccess.visibleSeries().stream()
                .flatMap(s -> series.seasons(s.id).stream()
                        .map(season -> new SeasonChoice(season.id, s.title, season.label())))
                .toList();
    }

    /** The other episodes of the production's series that the user sees, in broadcast order. */
    private List<EpisodeChoice> sources(Production production) {
        if (production.season == null) {
            return List.of();
        }
        List<Long> seasonIds = series.seasons(production.season.series.id).stream()
                .map(s -> s.id)
                .toList();
        return series.episodes(seasonIds).stream()
                .filter(p -> !p.id.equals(production.id) && access.canSee(p.id))
                .map(p -> new EpisodeChoice(p.id, p.season.label() + ": " + p.displayTitle()))
                .toList();
    }

    /** The chosen source, refused at the field unless it is one of the episodes offered. */
    private static long offered(List<EpisodeChoice> sources, String text) {
        Long chosen = FormFields.id(text);
        if (chosen == null || sources.stream().noneMatch(s -> s.id().equals(chosen))) {
            throw new ValidationException(
                    "sourceProductionId", "Choose one of the listed episodes of this series to copy cues from.");
        }
        return chosen;
    }

    private static Production production(long id) {
        return Production.<Production>findByIdOptional(id).orElseThrow();
    }
}
