package org.rightstracker.web.page.cue;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.document.DocumentService;
import org.rightstracker.core.licence.LicenceOption;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceTimeline;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.ConflictView;
import org.rightstracker.web.page.EditMerge;
import org.rightstracker.web.page.Flash;
import org.rightstracker.web.page.FormErrors;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.page.Htmx;
import org.rightstracker.web.page.OtherChanges;
import org.rightstracker.web.security.ProductionAccess;

/**
 * What a supervisor does to one licence from the cue page: take a workflow step (marking it licensed after
 * a confirmation, with the signed licence), log a follow-up, record its terms and scope, add, exercise
 * and remove options. Each answers an htmx request with the refreshed clearance
 * section (and the cue's status beside it), and a plain form post with a redirect to the cue page.
 */
// Rooted at "/" like the history page: a class at /clearance-items/{id} would hide its /history route.
@Path("/")
public class LicenceActions {

    @Inject
    ProductionAccess access;

    @Inject
    LicenceService licences;

    @Inject
    LicenceTimeline timeline;

    @Inject
    CueView view;

    @Inject
    HttpHeaders headers;

    @POST
    @Path("clearance-items/{id}/step")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response step(@PathParam("id") long id, @BeanParam StepForm form) {
        ClearanceItem item = editable(id);
        long cueId = item.cue.id;
        String describe = item.describe();
        boolean licensing =
                "LICENSED".equalsIgnoreCase(FormFields.text(form.target()).strip());
        if (licensing && !item.obsolete && item.status.canMoveTo(LicenceStatus.LICENSED)) {
            // Executing a licence is final: the step form's button only opens the confirmation, which
            // also invites the signed licence (posted to /licensed).
            return answer(
                    200, cueId, CueScreen.item(id, "licensed", LicensedForm.from(form), FormErrors.none(), null), null);
        }
        return act(
                id,
                cueId,
                "step",
                form,
                StepForm.FIELDS,
                () -> {
                    LicenceStatus target = form.targetStatus();
                    if (target == LicenceStatus.QUOTED && form.carriesQuoteTerms()) {
                        // The quote form: fee, MFN, expiry, scope on offer and contact in one transaction.
                        licences.quote(id, form.versionNumber(), form.toStep(target), form.toQuoteTerms());
                    } else {
                        licences.move(id, form.versionNumber(), target, form.toStep(target));
                    }
                    return describe + ": " + target.label().toLowerCase() + ".";
                },
                current -> form.over(current),
                form.seenAt());
    }

    @POST
    @Path("clearance-items/{id}/terms")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response terms(@PathParam("id") long id, @BeanParam TermsForm form, @RestForm List<String> keep) {
        ClearanceItem item = editable(id);
        long cueId = item.cue.id;
        String describe = item.describe();
        EditMerge.Outcome<TermsForm> outcome = EditMerge.save(
                form,
                keep,
                TermsForm.MERGE,
                () -> TermsForm.of(currentItem(id)),
                seen -> OtherChanges.ofItem(id, seen),
                f -> {
                    licences.updateTerms(id, f.versionNumber(), f.toTerms());
                    return "Saved the terms of " + describe + ".";
                });
        if (outcome.saved()) {
            return done(cueId, id, outcome.message());
        }
        return answer(
                outcome.status(),
                cueId,
                CueScreen.item(id, "terms", outcome.form(), outcome.errors(TermsForm.FIELDS), outcome.conflict()),
                null);
    }

    @POST
    @Path("clearance-items/{id}/options")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response addOption(@PathParam("id") long id, @BeanParam OptionForm form) {
        ClearanceItem item = editable(id);
        String describe = item.describe();
        return act(
                id,
                item.cue.id,
                "option",
                form,
                OptionForm.FIELDS,
                () -> {
                    LicenceOption option = licences.addOption(id, form.versionNumber(), form.toInput());
                    return "Added the option \"" + option.description + "\" to " + describe + ".";
                },
                current -> form.over(current),
                null);
    }

    @POST
    @Path("clearance-items/{id}/options/{optionId}/exercised")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response exercise(
            @PathParam("id") long id,
            @PathParam("optionId") long optionId,
            @RestForm String version,
            @RestForm String exercised) {
        ClearanceItem item = editable(id);
        LicenceOption option = optionOf(item, optionId);
        boolean now = FormFields.checked(exercised);
        licences.setExercised(option.id, FormFields.version(version), now);
        return done(
                item.cue.id,
                id,
                (now ? "Marked the option \"" : "Marked as not exercised: the option \"") + option.description + "\".");
    }

    @POST
    @Path("clearance-items/{id}/options/{optionId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response removeOption(
            @PathParam("id") long id, @PathParam("optionId") long optionId, @RestForm String version) {
        ClearanceItem item = editable(id);
        LicenceOption option = optionOf(item, optionId);
        licences.removeOption(option.id, FormFields.version(version));
        return done(item.cue.id, id, "Removed the option \"" + option.description + "\".");
    }

    /**
     * The confirmed "Mark licensed", with the signed licence when one is chosen: a plain multipart post
     * (no script needed) or htmx. Step and file are saved together or not at all.
     */
    @POST
    @Path("clearance-items/{id}/licensed")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response licensed(
            @PathParam("id") long id,
            @RestForm String on,
            @RestForm String note,
            @RestForm String description,
            @RestForm String version,
            @RestForm String seen,
            @RestForm("file") FileUpload file) {
        ClearanceItem item = editable(id);
        String describe = item.describe();
        LicensedForm form = new LicensedForm(on, note, description, version, seen);
        boolean attached =
                file != null && file.fileName() != null && !file.fileName().isBlank();
        return act(
                id,
                item.cue.id,
                "licensed",
                form,
                LicensedForm.FIELDS,
                () -> {
                    if (!attached) {
                        licences.license(id, form.versionNumber(), form.toStep(), null);
                        return describe + ": licensed.";
                    }
                    try (InputStream content = Files.newInputStream(file.uploadedFile())) {
                        licences.license(
                                id,
                                form.versionNumber(),
                                form.toStep(),
                                new LicenceService.SignedLicence(
                                        file.fileName(), file.contentType(), description, content));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return describe + ": licensed, with the signed licence " + DocumentService.baseName(file.fileName())
                            + " attached.";
                },
                current -> form.over(current),
                form.seenAt());
    }

    @POST
    @Path("clearance-items/{id}/follow-ups")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response followUp(@PathParam("id") long id, @BeanParam FollowUpForm form) {
        ClearanceItem item = editable(id);
        String party = item.party.name;
        return act(
                id,
                item.cue.id,
                "followUp",
                form,
                FollowUpForm.FIELDS,
                () -> {
                    timeline.logFollowUp(id, form.toInput());
                    return "Logged a follow-up with " + party + ".";
                },
                current -> form,
                null,
                form.returnPath());
    }

    /**
     * Runs one change and answers it: the refreshed cue page or section on success; on refusal the same
     * form again with the typed values and messages (400), or with what someone else changed (409).
     */
    private Response act(
            long itemId,
            long cueId,
            String panel,
            Record form,
            List<String> fields,
            Supplier<String> change,
            Function<ClearanceItem, Record> typedOverCurrent,
            java.time.Instant seen) {
        return act(itemId, cueId, panel, form, fields, change, typedOverCurrent, seen, null);
    }

    /** As above; a plain post with a local {@code back} path returns there on success instead of the cue page. */
    private Response act(
            long itemId,
            long cueId,
            String panel,
            Record form,
            List<String> fields,
            Supplier<String> change,
            Function<ClearanceItem, Record> typedOverCurrent,
            java.time.Instant seen,
            String back) {
        try {
            String notice = change.get();
            if (back != null && !Htmx.isRequest(headers)) {
                return Flash.seeOther(back, notice);
            }
            return done(cueId, itemId, notice);
        } catch (ValidationException e) {
            return answer(400, cueId, CueScreen.item(itemId, panel, form, FormErrors.of(e, fields), null), null);
        } catch (ConflictException e) {
            ClearanceItem current = currentItem(itemId);
            // A step or a new option is an action, not an edit of saved values: nothing to merge. The
            // entries come back at the current version, to submit again once checked.
            ConflictView conflict = ConflictView.notice(
                    e.getMessage().contains("was changed by someone else")
                            ? "Your entries are kept below; check them against the licence as it stands now, then"
                                    + " submit again."
                            : e.getMessage(),
                    OtherChanges.ofItem(itemId, seen).sentences());
            return answer(
                    409,
                    cueId,
                    CueScreen.item(itemId, panel, typedOverCurrent.apply(current), FormErrors.none(), conflict),
                    null);
        }
    }

    private Response done(long cueId, long itemId, String notice) {
        if (Htmx.isRequest(headers)) {
            return answer(200, cueId, CueScreen.plain(), notice);
        }
        return Flash.seeOther("/cues/" + cueId + "#item-" + itemId, notice);
    }

    private Response answer(int status, long cueId, CueScreen screen, String notice) {
        boolean fragment = Htmx.isRequest(headers);
        CueScreen shown = fragment ? screen.asFragment(notice) : screen;
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(fragment ? view.fragment(cueId, shown) : view.page(cueId, shown))
                .build();
    }

    private ClearanceItem editable(long id) {
        ClearanceItem item = access.requireVisibleItem(id);
        access.requireEditable(item.cue.production.id);
        return item;
    }

    private static ClearanceItem currentItem(long id) {
        ClearanceItem.getEntityManager().clear();
        return ClearanceItem.<ClearanceItem>findByIdOptional(id).orElseThrow(() -> NotFoundException.of("Licence", id));
    }

    private static LicenceOption optionOf(ClearanceItem item, long optionId) {
        return item.options.stream()
                .filter(o -> o.id == optionId)
                .findFirst()
                .orElseThrow(() -> NotFoundException.of("Option", optionId));
    }
}
