package org.rightstracker.web.page.catalogue;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.rightstracker.core.identifier.IpiNameNumber;
import org.rightstracker.core.identifier.Isni;
import org.rightstracker.core.identifier.Isrc;
import org.rightstracker.core.identifier.Iswc;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.shared.InvalidValueException;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.work.Work;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.page.References;

/**
 * The small answers forms ask for as the user types: suggestions for a party, work or recording
 * field, the running total of a share editor, and whether an identifier is valid and free. They read
 * only, and the server checks everything again when the form is saved.
 */
@Path("/catalogue")
public class CatalogueChecks {

    @Inject
    References references;

    /** What an identifier field says about the typed value. */
    public record Check(String state, String message) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance options(List<String> options);

        static native TemplateInstance total(ShareTotal total);

        static native TemplateInstance identifier(Check check);
    }

    @GET
    @Path("suggest/{kind}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance suggest(@PathParam("kind") String kind, @Context UriInfo uri) {
        String typed = uri.getQueryParameters().values().stream()
                .flatMap(List::stream)
                .filter(v -> !FormFields.blank(v))
                .findFirst()
                .orElse("");
        List<String> options = switch (kind) {
            case "parties" -> references.partySuggestions(typed);
            case "works" -> references.workSuggestions(typed);
            case "recordings" -> references.recordingSuggestions(typed);
            default -> throw new NotFoundException("Nothing to suggest for " + kind + ".");
        };
        return Templates.options(options);
    }

    @GET
    @Path("share-total/{side}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance shareTotal(@PathParam("side") String side, @Context UriInfo uri) {
        List<String> shares = uri.getQueryParameters().get(side + "Share");
        String sideName = switch (side) {
            case "writer" -> "writer";
            case "publisher" -> "publisher";
            case "owner" -> "master";
            default -> throw new NotFoundException("No share side " + side + ".");
        };
        return Templates.total(ShareTotal.of(sideName, shares));
    }

    @GET
    @Path("check/{kind}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance identifier(@PathParam("kind") String kind, @Context UriInfo uri) {
        String typed = Objects.requireNonNullElse(uri.getQueryParameters().getFirst(kind), "");
        Long own = FormFields.id(uri.getQueryParameters().getFirst("own"));
        if (typed.isBlank()) {
            return Templates.identifier(new Check("empty", ""));
        }
        Check check = switch (kind) {
            case "iswc" ->
                check(
                        typed,
                        t -> Iswc.parse(t).value(),
                        t -> Iswc.parse(t).formatted(),
                        stored -> Work.findByIswc(stored)
                                .filter(w -> !w.id.equals(own))
                                .map(w -> "the work \"" + w.title + "\""));
            case "isrc" ->
                check(
                        typed,
                        t -> Isrc.parse(t).value(),
                        t -> Isrc.parse(t).formatted(),
                        stored -> Recording.findByIsrc(stored)
                                .filter(r -> !r.id.equals(own))
                                .map(r -> "the recording \"" + r + "\""));
            case "ipiNameNumber" ->
                check(
                        typed,
                        t -> IpiNameNumber.parse(t).value(),
                        t -> IpiNameNumber.parse(t).formatted(),
                        s -> Party.findByIpiNameNumber(s)
                                .filter(p -> !p.id.equals(own))
                                .map(p -> p.name));
            case "isni" ->
                check(
                        typed,
                        t -> Isni.parse(t).value(),
                        t -> Isni.parse(t).formatted(),
                        s -> Party.findByIsni(s).filter(p -> !p.id.equals(own)).map(p -> p.name));
            default -> throw new NotFoundException("No identifier called " + kind + ".");
        };
        return Templates.identifier(check);
    }

    private static Check check(
            String typed,
            Function<String, String> stored,
            Function<String, String> formatted,
            Function<String, Optional<String>> holder) {
        try {
            String value = stored.apply(typed);
            Optional<String> taken = holder.apply(value);
            if (taken.isPresent()) {
                return new Check("bad", formatted.apply(typed) + " is already used by " + taken.get() + ".");
            }
            return new Check("ok", formatted.apply(typed) + " is valid.");
        } catch (InvalidValueException e) {
            return new Check("bad", e.getMessage());
        }
    }
}
