package org.rightstracker.web.page.bulk;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.clearance.ProductionClearance;
import org.rightstracker.core.clearance.engine.CueVerdict;
import org.rightstracker.core.clearance.engine.ItemVerdict;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.licence.BulkSteps;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.Flash;
import org.rightstracker.web.page.FormErrors;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.security.ProductionAccess;

/**
 * One step for many licences: "Request all" on a cue, "Request all" for a licensor across a production
 * ({@code /productions/{id}/bulk-steps/licensors/{partyId}}, the page other lists link to),
 * and request / approve / mark licensed for the cues ticked in the production's cue list. Every bulk step
 * but the cue's "Request all" first shows one confirmation listing the licences (each ticked, carrying
 * the version shown); the answer lists what moved and what did not, and why. Works without JavaScript.
 */
// Rooted under the production: a class at "/" would never see these paths, which ProductionPage's
// "/productions" claims first.
@Path("/productions/{id}/bulk-steps")
public class BulkStepsPage {

    static final List<String> FIELDS = List.of("items", "on", "note", "file", "description");

    @Inject
    ProductionAccess access;

    @Inject
    BulkSteps bulk;

    @Inject
    ProductionClearance clearance;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(BulkReview review, BulkForm form, FormErrors errors);

        static native TemplateInstance result(
                Production production, BulkSteps.Result result, FormErrors errors, String back, String backLabel);
    }

    /** What the confirmation page sends back. */
    public record BulkForm(List<String> items, String on, String note, String description) {

        static BulkForm fresh() {
            return new BulkForm(List.of(), LocalDate.now().toString(), "", "");
        }

        public boolean isTicked(String entry) {
            return items.contains(entry);
        }
    }

    /** The cue page's "Request all": every not-requested licence of the cue, at the versions shown. */
    @POST
    @Path("request-all")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response requestAll(
            @PathParam("id") long id, @RestForm("item") List<String> items, @RestForm("cue") String cue) {
        Production production = access.requireEditable(id);
        Long cueId = FormFields.id(cue);
        Cue from = cueId == null ? null : Cue.findById(cueId);
        boolean ofThisProduction = from != null && from.production.id.equals(production.id);
        String back = ofThisProduction ? "/cues/" + from.id : "/productions/" + id + "#cues";
        String backLabel = ofThisProduction ? "Back to cue " + from.number : production.displayTitle();
        try {
            if (!FormFields.blank(cue) && !ofThisProduction) {
                throw new ValidationException("cue", "The cue this request came from is not one of this production's.");
            }
            BulkSteps.Result result =
                    bulk.move(entries(items), LicenceStatus.REQUESTED, null, null, null, false, this::editable);
            return answer(production, result, back, backLabel);
        } catch (ValidationException e) {
            return refused(production, e, back, backLabel);
        }
    }

    /** "Request all" for one licensor: its not-requested licences across the production, to confirm. */
    @GET
    @Path("licensors/{partyId}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance licensor(@PathParam("id") long id, @PathParam("partyId") long partyId) {
        Production production = access.requireEditable(id);
        Party party =
                Party.<Party>findByIdOptional(partyId).orElseThrow(() -> NotFoundException.of("Licensor", partyId));
        List<ClearanceItem> items = ClearanceItem.list(
                "from ClearanceItem i join fetch i.cue c join fetch i.party"
                        + " where c.production.id = ?1 and i.party.id = ?2 and i.obsolete = false order by c.number, i.id",
                id,
                party.id);
        BulkReview review =
                review(production, LicenceStatus.REQUESTED, items, "/productions/" + id, production.displayTitle());
        return Templates.review(review, fresh(review), FormErrors.none());
    }

    /** The cue list's buttons: the licences of the ticked cues that can take the step, to confirm. */
    @POST
    @Path("review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response reviewSelection(
            @PathParam("id") long id, @RestForm("cue") List<String> cues, @RestForm String status) {
        Production production = access.requireEditable(id);
        String back = "/productions/" + id + "#cues";
        List<FieldError> errors = new ArrayList<>();
        LicenceStatus target = bulkTarget(status, errors);
        List<Long> cueIds = cues == null
                ? List.of()
                : cues.stream().map(FormFields::id).filter(c -> c != null).toList();
        if (cueIds.isEmpty()) {
            errors.add(new FieldError("items", "Tick at least one cue in the list, then choose the step."));
        }
        if (!errors.isEmpty()) {
            return refused(production, new ValidationException(errors), back, production.displayTitle());
        }
        List<ClearanceItem> items = ClearanceItem.list(
                "from ClearanceItem i join fetch i.cue c join fetch i.party"
                        + " where c.production.id = ?1 and c.id in ?2 and i.obsolete = false order by c.number, i.id",
                id,
                cueIds);
        BulkReview review = review(production, target, items, back, production.displayTitle());
        return Response.ok(Templates.review(review, fresh(review), FormErrors.none()))
                .build();
    }

    /** The confirmed bulk step (multipart, so that "mark licensed" can carry one signed licence for all). */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response confirm(
            @PathParam("id") long id,
            @RestForm("item") List<String> items,
            @RestForm String status,
            @RestForm String on,
            @RestForm String note,
            @RestForm String description,
            @RestForm("file") FileUpload file) {
        Production production = access.requireEditable(id);
        String back = "/productions/" + id + "#cues";
        BulkForm form = new BulkForm(items == null ? List.of() : items, on, note, description);
        List<FieldError> errors = new ArrayList<>();
        LicenceStatus target = bulkTarget(status, errors);
        LocalDate date = FormFields.date(on, "on", "The date", errors);
        try {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            boolean attached =
                    file != null && file.fileName() != null && !file.fileName().isBlank();
            BulkSteps.SignedCopy signed = attached
                    ? new BulkSteps.SignedCopy(file.fileName(), file.contentType(), description, file.uploadedFile())
                    : null;
            // The confirmation page showed, for each approval, the figure the budget commits after MFN.
            BulkSteps.Result result =
                    bulk.move(entries(form.items()), target, date, note, signed, true, this::editable);
            return answer(production, result, back, production.displayTitle());
        } catch (ValidationException e) {
            if (target == null) {
                return refused(production, e, back, production.displayTitle());
            }
            // The same confirmation again, with the licences still ticked and the messages.
            List<Long> ids = form.items().stream()
                    .map(BulkStepsPage::itemIdOf)
                    .filter(i -> i != null)
                    .toList();
            List<ClearanceItem> shown = ids.isEmpty()
                    ? List.of()
                    : ClearanceItem.list(
                            "from ClearanceItem i join fetch i.cue c join fetch i.party"
                                    + " where c.production.id = ?1 and i.id in ?2 order by c.number, i.id",
                            id,
                            ids);
            BulkReview review = review(production, target, shown, back, production.displayTitle());
            return Response.status(400)
                    .entity(Templates.review(review, form, FormErrors.of(e, FIELDS)))
                    .build();
        }
    }

    private boolean editable(ClearanceItem item) {
        return access.canSee(item.cue.production.id);
    }

    private BulkReview review(
            Production production, LicenceStatus target, List<ClearanceItem> items, String back, String backLabel) {
        Map<Long, ItemVerdict> verdicts = new HashMap<>();
        if (target == LicenceStatus.APPROVED) {
            for (CueVerdict cue : clearance.evaluate(production.id).cues()) {
                cue.items().forEach(v -> verdicts.put(v.itemId(), v));
            }
        }
        List<BulkCandidate> candidates = items.stream()
                .filter(i -> !i.obsolete && i.status.canMoveTo(target))
                .map(i -> new BulkCandidate(i, verdicts.get(i.id), target))
                .toList();
        return new BulkReview(production, target, candidates, items.size() - candidates.size(), back, backLabel);
    }

    private static BulkForm fresh(BulkReview review) {
        BulkForm fresh = BulkForm.fresh();
        return new BulkForm(
                review.candidates().stream().map(BulkCandidate::entry).toList(), fresh.on(), "", "");
    }

    /** All moved: back where the user came from, with one sentence. Any refused: the full list. */
    private Response answer(Production production, BulkSteps.Result result, String back, String backLabel) {
        if (result.notMoved().isEmpty()) {
            String names = result.moved().stream()
                    .map(o -> o.cueNumber() + " " + o.licence())
                    .collect(Collectors.joining("; "));
            return Flash.seeOther(
                    back,
                    verbPast(result.target()) + " " + result.moved().size() + " licence"
                            + (result.moved().size() == 1 ? "" : "s") + ": " + names + ".");
        }
        return Response.ok(Templates.result(production, result, FormErrors.none(), back, backLabel))
                .build();
    }

    private static Response refused(Production production, ValidationException e, String back, String backLabel) {
        return Response.status(400)
                .entity(Templates.result(production, null, FormErrors.of(e, List.of()), back, backLabel))
                .build();
    }

    private static String verbPast(LicenceStatus target) {
        return switch (target) {
            case REQUESTED -> "Requested";
            case APPROVED -> "Approved";
            case LICENSED -> "Marked licensed";
            default -> "Moved to " + target.label().toLowerCase();
        };
    }

    /** The steps offered in bulk: request, approve and mark licensed. */
    private static LicenceStatus bulkTarget(String status, List<FieldError> errors) {
        LicenceStatus target = FormFields.choice(LicenceStatus.class, status, "status", "steps", errors);
        if (target == null && errors.isEmpty()) {
            errors.add(new FieldError("status", "Choose a step: request, approve or mark licensed."));
        } else if (target != null
                && target != LicenceStatus.REQUESTED
                && target != LicenceStatus.APPROVED
                && target != LicenceStatus.LICENSED) {
            errors.add(new FieldError("status", "Choose a step: request, approve or mark licensed."));
            return null;
        }
        return target;
    }

    /** "12:3" → licence 12 at version 3; an unreadable entry is refused naming its place in the list. */
    private static List<BulkSteps.Entry> entries(List<String> items) {
        List<BulkSteps.Entry> entries = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        List<String> given = items == null ? List.of() : items;
        for (int i = 0; i < given.size(); i++) {
            String[] parts = FormFields.text(given.get(i)).strip().split(":");
            Long itemId = parts.length == 2 ? FormFields.id(parts[0]) : null;
            Long version = parts.length == 2 ? FormFields.id(parts[1]) : null;
            if (itemId == null || version == null) {
                errors.add(new FieldError(
                        "items", "The licences ticked could not be read; open the list again and choose them anew."));
                break;
            }
            entries.add(new BulkSteps.Entry(itemId, version));
        }
        if (entries.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("items", "Tick at least one licence."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return entries;
    }

    private static Long itemIdOf(String entry) {
        String[] parts = FormFields.text(entry).strip().split(":");
        return parts.length == 2 ? FormFields.id(parts[0]) : null;
    }
}
