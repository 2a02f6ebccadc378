package org.rightstracker.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.shared.Errors;
import org.rightstracker.web.letter.RequestLetters;
import org.rightstracker.web.security.ProductionAccess;

/** Request letters to licensors: one letter per licensor and production, e-mailed or produced. */
@Path("/api/v1/productions/{productionId}/letters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Letters")
public class ProductionLettersApi {

    @Inject
    ProductionAccess access;

    @Inject
    RequestLetters requests;

    /** One licence in a request letter: its id, the version read (needed to mark it requested), an optional offer. */
    public record RequestItem(Long id, Long version, String feeOffer) {}

    /**
     * A request letter: the licensor (party id), the recipient (empty: the licence or party e-mail), MFN,
     * the fee offers; send = e-mail it (needs SMTP); otherwise the letter is produced as an .eml and,
     * with markRequested, recorded as sent by hand.
     */
    public record RequestLetterBody(
            Long party, String recipient, Boolean mfn, Boolean send, Boolean markRequested, List<RequestItem> items) {}

    /** What was sent or produced and recorded. */
    public record RequestLetterResult(
            String to,
            String subject,
            boolean sent,
            List<Long> markedRequested,
            List<Long> recorded,
            String text,
            String eml) {}

    @POST
    @Path("request")
    @Operation(
            summary = "Write a licensor's request letter",
            description =
                    "One letter covering every open request (not requested or requested) of the licensor on the"
                            + " production. send=true e-mails it through the configured SMTP server, marks the not-yet-requested"
                            + " licences requested (each item's version checked) and records the e-mail on each licence's"
                            + " timeline with a copy attached; a refused send changes nothing (502). send=false returns the"
                            + " letter as an .eml and records \"letter produced\"; markRequested=true then records it as sent by hand.")
    public RequestLetterResult request(@PathParam("productionId") long id, RequestLetterBody body) {
        access.requireEditable(id);
        RequestLetterBody letter = ApiBodies.required(body);
        Errors errors = new Errors();
        if (letter.send() == null) {
            errors.add("send", "Say whether to e-mail the letter: true or false.");
        }
        List<RequestLetters.Offer> offers = new ArrayList<>();
        List<RequestItem> items = letter.items() == null ? List.of() : letter.items();
        for (int i = 0; i < items.size(); i++) {
            RequestItem item = items.get(i);
            if (item == null) {
                errors.add("items[" + i + "]", "An item is missing (null) at position " + i + ".");
            } else if (item.id() == null) {
                errors.add("items[" + i + "].id", "Give the licence's id.");
            } else if (item.version() != null && item.version() < 0) {
                errors.add("items[" + i + "].version", "A version is zero or more: send the one you read.");
            } else {
                offers.add(new RequestLetters.Offer(item.id(), item.version(), item.feeOffer()));
            }
        }
        errors.throwIfAny();
        RequestLetters.Request request = new RequestLetters.Request(
                letter.party(), letter.recipient(), Boolean.TRUE.equals(letter.mfn()), offers);
        if (letter.send()) {
            RequestLetters.Outcome sent = requests.send(id, request);
            return new RequestLetterResult(
                    sent.to(), sent.subject(), true, sent.markedRequested(), sent.recorded(), null, null);
        }
        if (Boolean.TRUE.equals(letter.markRequested())) {
            RequestLetters.Outcome confirmed = requests.confirmSent(id, request);
            return new RequestLetterResult(
                    confirmed.to(),
                    confirmed.subject(),
                    false,
                    confirmed.markedRequested(),
                    confirmed.recorded(),
                    null,
                    null);
        }
        RequestLetters.Produced produced = requests.produce(id, request, RequestLetters.Format.EML);
        RequestLetters.Draft draft = requests.draft(id, request);
        return new RequestLetterResult(
                draft.recipient(),
                draft.letter().subject(),
                false,
                List.of(),
                draft.items().stream().map(i -> i.id).toList(),
                draft.letter().text(),
                new String(produced.content(), StandardCharsets.UTF_8));
    }
}
