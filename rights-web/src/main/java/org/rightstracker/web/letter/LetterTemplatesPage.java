package org.rightstracker.web.letter;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.letter.LetterKind;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.Flash;
import org.rightstracker.web.page.FormErrors;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.Requires;

/**
 * Administrators change the letter templates here without a rebuild: a change is saved only when it
 * parses and renders against a sample letter; "Reset to default" goes back to the shipped text.
 */
@Path("/admin/letters")
@Requires(Permission.MANAGE_LETTERS)
public class LetterTemplatesPage {

    static final List<String> FIELDS = List.of("subject", "body");

    @Inject
    LetterTemplates templates;

    /** A template as the list shows it, with the address of its edit page. */
    public record Row(LetterKind kind, String slug, LetterTemplates.Text text) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Row> rows);

        static native TemplateInstance edit(
                Row row, String subject, String body, long version, FormErrors errors, String conflict);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        return Templates.list(
                List.of(LetterKind.values()).stream().map(this::row).toList());
    }

    @GET
    @Path("{kind}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance edit(@PathParam("kind") String slug) {
        Row row = row(kind(slug));
        return Templates.edit(
                row, row.text().subject(), row.text().body(), row.text().version(), FormErrors.none(), null);
    }

    @POST
    @Path("{kind}")
    @Produces(MediaType.TEXT_HTML)
    public Response save(
            @PathParam("kind") String slug, @RestForm String version, @RestForm String subject, @RestForm String body) {
        LetterKind kind = kind(slug);
        Row row = row(kind);
        Long expected = version(version);
        if (expected == null) {
            return Response.status(400)
                    .entity(Templates.edit(
                            row,
                            subject,
                            body,
                            row.text().version(),
                            FormErrors.single(
                                    "version", "The page did not say which version it edits; open it again.", FIELDS),
                            null))
                    .build();
        }
        try {
            templates.save(kind, expected, subject, body);
            return Flash.seeOther("/admin/letters", "Saved the " + kind.label().toLowerCase() + " template.");
        } catch (ValidationException e) {
            return Response.status(400)
                    .entity(Templates.edit(row, subject, body, expected, FormErrors.of(e, FIELDS), null))
                    .build();
        } catch (ConflictException e) {
            return Response.status(409)
                    .entity(Templates.edit(
                            row,
                            subject,
                            body,
                            row.text().version(),
                            FormErrors.none(),
                            e.getMessage() + " Your text is below; the saved one is in effect."))
                    .build();
        }
    }

    @POST
    @Path("{kind}/reset")
    @Produces(MediaType.TEXT_HTML)
    public Response reset(@PathParam("kind") String slug, @RestForm String version) {
        LetterKind kind = kind(slug);
        Long expected = version(version);
        if (expected == null) {
            throw new ValidationException("version", "The page did not say which version to reset; open it again.");
        }
        templates.reset(kind, expected);
        return Flash.seeOther(
                "/admin/letters", "The " + kind.label().toLowerCase() + " template is the default again.");
    }

    private Row row(LetterKind kind) {
        return new Row(kind, kind.name().toLowerCase(Locale.ROOT).replace('_', '-'), templates.current(kind));
    }

    private static LetterKind kind(String slug) {
        try {
            return LetterKind.valueOf(slug.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }

    private static Long version(String text) {
        try {
            return text == null ? null : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
