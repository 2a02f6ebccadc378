package org.rightstracker.web.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.DuplicateValueException;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.api.JsonErrorMappers;

/**
 * One mapping per exception type. The JSON API answers {@code application/problem+json}; pages
 * answer with an error page of the product that offers a way back; an htmx request gets the message
 * as a fragment for the page's message area, so a failed in-place update never swaps an error page
 * into a table row.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    static final MediaType PROBLEM = MediaType.valueOf("application/problem+json");

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail, String backLink);

        static native TemplateInstance inLayout(int status, String title, String detail, String backLink);

        static native TemplateInstance message(int status, String title, String detail);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri, HttpHeaders headers) {
        return respond(uri, headers, Problem.of(404, "Not found", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response invalid(ValidationException e, UriInfo uri, HttpHeaders headers) {
        return respond(uri, headers, new Problem("about:blank", "Invalid input", 400, e.getMessage(), e.errors()));
    }

    /** A value that must be unique is taken: a conflict with another record, named at its field. */
    @ServerExceptionMapper
    public Response duplicate(DuplicateValueException e, UriInfo uri, HttpHeaders headers) {
        return respond(uri, headers, new Problem("about:blank", "Already exists", 409, e.getMessage(), e.errors()));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri, HttpHeaders headers) {
        return respond(uri, headers, Problem.of(409, "Conflict", e.getMessage()));
    }

    /** The SMTP server did not take a message: nothing was marked, the user hears why. */
    @ServerExceptionMapper
    public Response mailNotSent(org.rightstracker.web.mail.MailFailure e, UriInfo uri, HttpHeaders headers) {
        return respond(uri, headers, Problem.of(502, "Mail not sent", e.getMessage()));
    }

    /** Two saves raced past the version check: the later one loses, loudly. */
    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response staleSave(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return respond(
                uri,
                headers,
                Problem.of(
                        409,
                        "Conflict",
                        "Someone else saved this at the same moment. Reload to see their change, then make yours again."));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        String detail =
                e.getMessage() == null || e.getMessage().isBlank() ? "Your role does not allow this." : e.getMessage();
        return respond(uri, headers, Problem.of(403, "Forbidden", detail));
    }

    /** An address no page answers: the product's 404, not the server's bare one. */
    @ServerExceptionMapper
    public Response unknownAddress(jakarta.ws.rs.NotFoundException e, UriInfo uri, HttpHeaders headers) {
        return respond(
                uri,
                headers,
                Problem.of(
                        404,
                        "Page not found",
                        "There is no page at " + uri.getPath() + ". It may have moved, or the link was mistyped."));
    }

    /** A query, form or header parameter that is not a number: 400 naming it. */
    @ServerExceptionMapper
    public Response unreadableParameter(NumberParameters.Unreadable e, UriInfo uri, HttpHeaders headers) {
        return respond(
                uri,
                headers,
                new Problem(
                        "about:blank",
                        "Invalid input",
                        400,
                        e.getMessage(),
                        e.parameter() == null ? List.of() : List.of(new FieldError(e.parameter(), e.getMessage()))));
    }

    /** The protocol said no (wrong method, unreadable parameter...): keep its status, say it plainly. */
    @ServerExceptionMapper
    public Response refusedRequest(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            // Quarkus wraps a JSON body it could not read: name the field instead.
            return JsonErrorMappers.problem(unreadable);
        }
        int status = e.getResponse().getStatus();
        if (status >= 300 && status < 400) {
            // A redirect thrown on purpose (a merged record's old address) goes out as it is.
            return e.getResponse();
        }
        if (status >= 500) {
            return unexpected(e, uri, headers);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Request refused" : type.getReasonPhrase();
        return respond(
                uri,
                headers,
                Problem.of(status, title, "The server could not handle this request (" + status + " " + title + ")."));
    }

    /** Anything unforeseen: logged with a reference the user can quote, never a stack trace on screen. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        var trouble = DatabaseTrouble.of(e);
        if (trouble.isPresent()) {
            LOG.warnf("%s on %s: %s", trouble.get().title(), uri.getPath(), rootMessage(e));
            return Response.fromResponse(respond(
                            uri,
                            headers,
                            Problem.of(503, trouble.get().title(), trouble.get().detail())))
                    .header(HttpHeaders.RETRY_AFTER, DatabaseTrouble.RETRY_AFTER_SECONDS)
                    .build();
        }
        var refusal = DatabaseRefusal.of(e);
        if (refusal.isPresent()) {
            DatabaseRefusal.Refusal refused = refusal.get();
            LOG.warnf("The database refused a write on %s: %s", uri.getPath(), rootMessage(e));
            return respond(
                    uri,
                    headers,
                    new Problem(
                            "about:blank",
                            refused.title(),
                            refused.status(),
                            refused.detail(),
                            refused.field() == null
                                    ? List.of()
                                    : List.of(new FieldError(refused.field(), refused.detail()))));
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error %s on %s", reference, uri.getPath());
        return respond(
                uri,
                headers,
                Problem.of(
                        500,
                        "Something went wrong",
                        "The server hit an unexpected error and saved nothing from this request. Try again;"
                                + " if it keeps happening, tell your administrator the reference " + reference + "."));
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    static Response respond(UriInfo uri, Problem problem) {
        return respond(uri, null, problem);
    }

    static Response respond(UriInfo uri, HttpHeaders headers, Problem problem) {
        return respond(
                uri.getPath(),
                headers == null ? null : headers.getHeaderString("HX-Request"),
                headers == null ? null : headers.getHeaderString("Referer"),
                problem);
    }

    /** The answer for a path: a problem under /api, else the message for htmx or the product's error page. */
    static Response respond(String path, String htmxRequest, String referer, Problem problem) {
        if (path.startsWith("/api/")) {
            return Response.status(problem.status())
                    .type(PROBLEM)
                    .entity(problem)
                    .build();
        }
        if ("true".equals(htmxRequest)) {
            // htmx puts the message where the layout shows messages, whatever the request targeted.
            return Response.status(problem.status())
                    .type(MediaType.TEXT_HTML_TYPE)
                    .header("HX-Retarget", "#messages")
                    .header("HX-Reswap", "innerHTML")
                    .entity(Templates.message(problem.status(), problem.title(), problem.detail()))
                    .build();
        }
        String back = backLink(referer);
        // A refused request keeps the navigation; a server failure gets the page that needs nothing.
        TemplateInstance page = problem.status() < 500 && layoutAvailable()
                ? Templates.inLayout(problem.status(), problem.title(), problem.detail(), back)
                : Templates.error(problem.status(), problem.title(), problem.detail(), back);
        return Response.status(problem.status())
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(page)
                .build();
    }

    /**
     * Whether this request can render the site layout: its sign-out form needs the CSRF token, which
     * requests refused before the CSRF filter ran (an unknown address, a bad token) do not have.
     */
    static boolean layoutAvailable() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return false;
        }
        try {
            return container.instance(CsrfTokenParameterProvider.class).get().getToken() != null;
        } catch (RuntimeException noToken) {
            return false;
        }
    }

    /** The page the user came from, when it is one of ours; null otherwise. */
    static String backLink(String referer) {
        if (referer == null || referer.isBlank()) {
            return null;
        }
        try {
            URI from = URI.create(referer);
            String path = from.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return null;
            }
            return from.getRawQuery() == null ? path : path + "?" + from.getRawQuery();
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
