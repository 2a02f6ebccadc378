package org.rightstracker.web.letter;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.mail.MailFailure;
import org.rightstracker.web.mail.Outbox;
import org.rightstracker.web.page.Flash;
import org.rightstracker.web.page.FormErrors;
import org.rightstracker.web.security.ProductionAccess;

/**
 * The request letter to one licensor on one production: the form (recipient, MFN, a fee offer per
 * licence), the letter previewed as it will read, and the ways out: e-mail it (with a mail server), or
 * download the PDF or .eml and confirm the sending afterwards.
 */
@Path("/productions/{id}/letters/request")
public class RequestLetterPage {

    @Inject
    ProductionAccess access;

    @Inject
    RequestLetters letters;

    @Inject
    Outbox outbox;

    /** The form as typed, shown again with the preview or the messages. */
    public record Form(Long party, String recipient, boolean mfn, Map<Long, String> feeOffers) {
        public String offer(Long itemId) {
            return feeOffers.getOrDefault(itemId, "");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(
                Production production,
                RequestLetters.Draft draft,
                Form form,
                FormErrors errors,
                String problem,
                boolean mailConfigured);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("id") long id, @QueryParam("party") Long party) {
        Production production = access.requireEditable(id);
        Form form = new Form(party, null, false, Map.of());
        return render(production, form, new RequestLetters.Request(party, null, false, List.of()), 200, null);
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response act(
            @PathParam("id") long id,
            @RestForm String party,
            @RestForm String recipient,
            @RestForm String mfn,
            @RestForm List<String> itemId,
            @RestForm List<String> itemVersion,
            @RestForm List<String> feeOffer,
            @RestForm String action) {
        Production production = access.requireEditable(id);
        List<FieldError> unreadable = new ArrayList<>();
        Long partyId = number("party", party, unreadable);
        List<RequestLetters.Offer> offers = new ArrayList<>();
        Map<Long, String> typed = new java.util.LinkedHashMap<>();
        for (int i = 0; i < itemId.size(); i++) {
            Long item = number("itemId", itemId.get(i), unreadable);
            Long version = i < itemVersion.size() ? number("itemVersion", itemVersion.get(i), unreadable) : null;
            String offer = i < feeOffer.size() ? feeOffer.get(i) : null;
            if (item != null) {
                offers.add(new RequestLetters.Offer(item, version, offer));
                typed.put(item, offer == null ? "" : offer);
            }
        }
        boolean askMfn = "true".equals(mfn) || "on".equals(mfn);
        Form form = new Form(partyId, recipient, askMfn, typed);
        RequestLetters.Request request = new RequestLetters.Request(partyId, recipient, askMfn, offers);
        if (!unreadable.isEmpty()) {
            return refused(production, form, request, new ValidationException(unreadable));
        }
        try {
            switch (action == null ? "preview" : action) {
                case "send" -> {
                    RequestLetters.Outcome outcome = letters.send(id, request);
                    return Flash.seeOther(
                            "/productions/" + id,
                            "E-mailed \"" + outcome.subject() + "\" to " + outcome.to() + "; " + marked(outcome)
                                    + " Recorded on " + outcome.recorded().size() + " licence(s).");
                }
                case "pdf", "eml" -> {
                    RequestLetters.Produced produced = letters.produce(
                            id, request, action.equals("pdf") ? RequestLetters.Format.PDF : RequestLetters.Format.EML);
                    return Response.ok(produced.content(), produced.contentType())
                            .header("Content-Disposition", "attachment; filename=\"" + produced.fileName() + "\"")
                            .build();
                }
                case "confirm" -> {
                    RequestLetters.Outcome outcome = letters.confirmSent(id, request);
                    return Flash.seeOther(
                            "/productions/" + id, "Recorded the letter as sent by hand; " + marked(outcome));
                }
                case "preview" -> {
                    return render(production, form, request, 200, null);
                }
                default -> {
                    return refused(
                            production,
                            form,
                            request,
                            new ValidationException("action", "Choose preview, send, PDF, .eml or confirm."));
                }
            }
        } catch (ValidationException e) {
            return refused(production, form, request, e);
        } catch (ConflictException e) {
            return render(production, form, request, 409, e.getMessage() + " Nothing was sent or marked.");
        } catch (MailFailure e) {
            return render(production, form, request, 502, e.getMessage());
        }
    }

    private Response refused(Production production, Form form, RequestLetters.Request request, ValidationException e) {
        RequestLetters.Draft draft = previewOrNull(production.id, request);
        return Response.status(400)
                .entity(Templates.show(
                        production, draft, form, FormErrors.of(e, shownFields(draft)), null, outbox.configured()))
                .build();
    }

    private Response render(
            Production production, Form form, RequestLetters.Request request, int status, String problem) {
        RequestLetters.Draft draft;
        try {
            draft = letters.draft(production.id, request);
        } catch (ValidationException e) {
            return Response.status(status == 200 ? 400 : status)
                    .entity(Templates.show(
                            production,
                            null,
                            form,
                            FormErrors.of(e, List.of("recipient")),
                            problem,
                            outbox.configured()))
                    .build();
        }
        Form shown = form.recipient() == null
                ? new Form(form.party(), draft.recipient(), form.mfn(), form.feeOffers())
                : form;
        return Response.status(status)
                .entity(Templates.show(production, draft, shown, FormErrors.none(), problem, outbox.configured()))
                .build();
    }

    /** The letter without the refused offers, so the page still shows what it covers. */
    private RequestLetters.Draft previewOrNull(long productionId, RequestLetters.Request request) {
        try {
            return letters.draft(
                    productionId, new RequestLetters.Request(request.partyId(), null, request.mfn(), List.of()));
        } catch (ValidationException e) {
            return null;
        }
    }

    private static List<String> shownFields(RequestLetters.Draft draft) {
        List<String> fields = new ArrayList<>(List.of("recipient"));
        if (draft != null) {
            for (int i = 0; i < draft.items().size(); i++) {
                fields.add("items[" + i + "].feeOffer");
            }
        }
        return fields;
    }

    private static String marked(RequestLetters.Outcome outcome) {
        return outcome.markedRequested().isEmpty()
                ? "every licence in it was already requested."
                : outcome.markedRequested().size() + " licence(s) marked requested today.";
    }

    private static Long number(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(
                    field, "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\" is not a number."));
            return null;
        }
    }
}
