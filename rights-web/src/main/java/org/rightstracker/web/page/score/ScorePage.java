package org.rightstracker.web.page.score;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.score.ScoreBoard;
import org.rightstracker.core.score.ScoreInputs;
import org.rightstracker.core.score.ScoreOverview;
import org.rightstracker.core.score.ScoreService;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.Flash;
import org.rightstracker.web.page.FormErrors;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.security.ProductionAccess;

/**
 * A production's score: cues by stage, minutes against the plan, what is late and what is missing, and
 * the forms for the plan, spotting sessions and recording sessions. Each cue's own stages, notes and
 * deliverables are on {@link CueScorePage}.
 */
@Path("/productions/{id}/score")
public class ScorePage {

    static final List<String> PLAN_FIELDS = List.of("plannedScoreMinutes", "deliverableKinds", "version");
    static final List<String> SPOTTING_FIELDS = List.of("heldOn", "attendees", "notes");
    static final List<String> SESSION_FIELDS =
            List.of("heldOn", "studio", "orchestra", "players", "conductor", "reportNumber", "notes", "cueIds");

    @Inject
    ProductionAccess access;

    @Inject
    ScoreBoard board;

    @Inject
    ScoreService score;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(
                Production production, ScoreOverview score, Typed typed, String conflict, List<Long> chosenCues);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("id") long id) {
        Production production = access.requireVisible(id);
        return Templates.show(production, board.load(id, LocalDate.now()), Typed.NONE, null, List.of());
    }

    @POST
    @Path("plan")
    @Produces(MediaType.TEXT_HTML)
    public Response plan(
            @PathParam("id") long id,
            @RestForm String version,
            @RestForm String plannedScoreMinutes,
            @RestForm String deliverableKinds) {
        access.requireEditable(id);
        Map<String, String> typed = typed(
                "version", version, "plannedScoreMinutes", plannedScoreMinutes, "deliverableKinds", deliverableKinds);
        return save(id, "plan", typed, PLAN_FIELDS, List.of(), () -> {
            List<FieldError> errors = new ArrayList<>();
            Integer minutes =
                    FormFields.integer(plannedScoreMinutes, "plannedScoreMinutes", "Planned score minutes", errors);
            throwIfAny(errors);
            List<String> kinds = deliverableKinds == null
                    ? List.of()
                    : Arrays.stream(deliverableKinds.split("\\R"))
                            .filter(line -> !line.isBlank())
                            .toList();
            score.updatePlan(id, FormFields.version(version), new ScoreInputs.Plan(minutes, kinds));
            return "Saved the score plan.";
        });
    }

    @POST
    @Path("spotting-sessions")
    @Produces(MediaType.TEXT_HTML)
    public Response spotting(
            @PathParam("id") long id, @RestForm String heldOn, @RestForm String attendees, @RestForm String notes) {
        access.requireEditable(id);
        Map<String, String> typed = typed("heldOn", heldOn, "attendees", attendees, "notes", notes);
        return save(id, "spotting", typed, SPOTTING_FIELDS, List.of(), () -> {
            List<FieldError> errors = new ArrayList<>();
            LocalDate on = FormFields.date(heldOn, "heldOn", "Date", errors);
            throwIfAny(errors);
            score.addSpottingSession(id, new ScoreInputs.Spotting(on, attendees, notes));
            return "Added the spotting session of " + on + ".";
        });
    }

    @POST
    @Path("recording-sessions")
    @Produces(MediaType.TEXT_HTML)
    public Response recording(
            @PathParam("id") long id,
            @RestForm String heldOn,
            @RestForm String studio,
            @RestForm String orchestra,
            @RestForm String players,
            @RestForm String conductor,
            @RestForm String reportNumber,
            @RestForm String notes,
            @RestForm List<String> cueIds) {
        access.requireEditable(id);
        Map<String, String> typed = typed(
                "heldOn",
                heldOn,
                "studio",
                studio,
                "orchestra",
                orchestra,
                "players",
                players,
                "conductor",
                conductor,
                "reportNumber",
                reportNumber,
                "notes",
                notes);
        List<String> chosen = cueIds == null ? List.of() : cueIds;
        return save(id, "session", typed, SESSION_FIELDS, chosen, () -> {
            List<FieldError> errors = new ArrayList<>();
            LocalDate on = FormFields.date(heldOn, "heldOn", "Date", errors);
            Integer count = FormFields.integer(players, "players", "Players", errors);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < chosen.size(); i++) {
                Long cueId = FormFields.id(chosen.get(i));
                if (cueId == null) {
                    errors.add(new FieldError("cueIds", "Choose the cues the session recorded from the list."));
                } else {
                    ids.add(cueId);
                }
            }
            throwIfAny(errors);
            score.addRecordingSession(
                    id, new ScoreInputs.Session(on, studio, orchestra, count, conductor, reportNumber, notes, ids));
            return "Added the recording session at " + studio.strip() + "; its cues are recorded.";
        });
    }

    private Response save(
            long id,
            String form,
            Map<String, String> typed,
            List<String> fields,
            List<String> chosen,
            Supplier<String> change) {
        List<Long> chosenCues = chosen.stream()
                .map(FormFields::id)
                .filter(java.util.Objects::nonNull)
                .toList();
        try {
            String done = change.get();
            return Flash.seeOther("/productions/" + id + "/score", done);
        } catch (ValidationException e) {
            return Response.status(400)
                    .entity(page(id, new Typed(form, typed, ScorePage.errors(e, fields)), null, chosenCues))
                    .build();
        } catch (ConflictException e) {
            return Response.status(409)
                    .entity(page(id, new Typed(form, typed, FormErrors.none()), e.getMessage(), chosenCues))
                    .build();
        }
    }

    private TemplateInstance page(long id, Typed typed, String conflict, List<Long> chosenCues) {
        Production production = access.requireVisible(id);
        return Templates.show(production, board.load(id, LocalDate.now()), typed, conflict, chosenCues);
    }

    /** A list element's message ("cueIds[2]") shown at the list's one control ("cueIds"). */
    static FormErrors errors(ValidationException e, List<String> fields) {
        return FormErrors.of(
                e.errors().stream()
                        .map(f -> new FieldError(f.field().replaceFirst("\\[\\d+]$", ""), f.message()))
                        .toList(),
                fields);
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Field names and values in pairs; a missing value is kept as empty text. */
    static Map<String, String> typed(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return values;
    }
}
