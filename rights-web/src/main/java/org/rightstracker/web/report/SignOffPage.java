package org.rightstracker.web.report;

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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.TextLimit;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.core.signoff.SignOff;
import org.rightstracker.core.signoff.SignOffService;
import org.rightstracker.reports.signoff.SignOffIssuer;
import org.rightstracker.web.page.Flash;
import org.rightstracker.web.page.FormErrors;
import org.rightstracker.web.page.ProductionVerdicts;
import org.rightstracker.web.security.CurrentUser;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.ProductionAccess;
import org.rightstracker.web.security.Role;

/**
 * Producer sign-offs of the clearance checklist. Signing is never one click: a confirmation page lists
 * every active cue that is not cleared with why, and a production that is not cleared is signed only
 * "with exceptions" and a written reason. The signed PDF names the signer by display name and role.
 */
@Path("/productions/{id}/reports/sign-offs")
public class SignOffPage {

    static final List<String> FIELDS = List.of("withExceptions", "reason");

    @Inject
    ProductionAccess access;

    @Inject
    CurrentUser user;

    @Inject
    ProductionVerdicts verdicts;

    @Inject
    SignOffService signOffs;

    @Inject
    SignOffIssuer issuer;

    /** What the producer chose and typed, kept when the page is shown again. */
    public record SignOffForm(boolean withExceptions, String reason) {
        static final SignOffForm EMPTY = new SignOffForm(false, "");
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(
                SignOffReview review,
                String signer,
                SignOffForm form,
                FormErrors errors,
                String conflict,
                int reasonMax);
    }

    /** The confirmation page: what is about to be signed, and what is not cleared. */
    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance confirm(@PathParam("id") long id) {
        Production production = access.requireVisible(id, Permission.SIGN_OFF);
        return page(production, SignOffForm.EMPTY, FormErrors.none(), null);
    }

    /** Signs the checklist as it stands, under the user's display name and role; back to the reports. */
    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response signOff(
            @PathParam("id") long id,
            @RestForm String number,
            @RestForm String withExceptions,
            @RestForm String reason) {
        Production production = access.requireVisible(id, Permission.SIGN_OFF);
        SignOffForm form = new SignOffForm(
                "true".equals(withExceptions) || "on".equals(withExceptions), reason == null ? "" : reason);
        Optional<Integer> expected = number(number);
        if (expected.isEmpty()) {
            return Response.status(400)
                    .entity(page(
                            production,
                            form,
                            FormErrors.single(
                                    "number",
                                    "The page did not say which sign-off this is; review and sign again.",
                                    FIELDS),
                            null))
                    .build();
        }
        try {
            SignOffService.Signing signing = new SignOffService.Signing(
                    signer().signedBy(), signer().signerRole(), form.withExceptions(), form.reason());
            SignOff signOff = issuer.signOff(id, expected.get(), signing, Instant.now());
            return Flash.seeOther(
                    "/productions/" + id + "/reports#sign-offs",
                    "Signed off as sign-off " + signOff.number
                            + (signOff.withExceptions ? ", with exceptions." : ".")
                            + (signOff.supersedes == null
                                    ? ""
                                    : " It supersedes sign-off " + signOff.supersedes + "."));
        } catch (ValidationException e) {
            return Response.status(400)
                    .entity(page(production, form, FormErrors.of(e, FIELDS), null))
                    .build();
        } catch (ConflictException e) {
            // Shown again with today's state and number: the producer reviews what changed, then signs.
            return Response.status(409)
                    .entity(page(production, form, FormErrors.none(), e.getMessage()))
                    .build();
        }
    }

    @GET
    @Path("{number: [0-9]+}.pdf")
    @Produces(ReportResponses.PDF)
    public Response pdf(@PathParam("id") long id, @PathParam("number") int number) {
        access.requireVisible(id);
        SignOff signOff = signOffs.get(id, number);
        return ReportResponses.download(signOffs.pdf(signOff), ReportResponses.PDF, signOff.fileName, true);
    }

    private TemplateInstance page(Production production, SignOffForm form, FormErrors errors, String conflict) {
        int next = signOffs.nextNumber(production.id);
        SignOff current = next > 1 ? signOffs.get(production.id, next - 1) : null;
        SignOffReview review = SignOffReview.of(production, verdicts.of(production), next, current);
        return Templates.confirm(
                review,
                signer().signedBy() + ", " + signer().signerRole(),
                form,
                errors,
                conflict,
                TextLimit.SIGN_OFF_EXCEPTIONS_REASON.max());
    }

    /** The signer as the signed PDF names them: display name (not the login) and role. */
    private SignOffService.Signing signer() {
        Role role = user.role();
        return new SignOffService.Signing(user.displayName(), role == null ? null : role.label(), false, null);
    }

    private static Optional<Integer> number(String text) {
        try {
            int number = Integer.parseInt(text == null ? "" : text.strip());
            return number > 0 ? Optional.of(number) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
