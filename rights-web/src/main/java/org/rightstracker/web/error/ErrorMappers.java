package org.rightstracker.web.error;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.ValidationException;

/**
 * One mapping per exception type. The JSON API answers {@code application/problem+json}; pages
 * answer with an error page of the product that offers a way back.
 */
public class ErrorMappers {

    static final MediaType PROBLEM = MediaType.valueOf("application/problem+json");

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return respond(uri, Problem.of(404, "Not found", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response invalid(ValidationException e, UriInfo uri) {
        return respond(uri, new Problem("about:blank", "Invalid input", 400, e.getMessage(), e.errors()));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return respond(uri, Problem.of(409, "Conflict", e.getMessage()));
    }

    /** Two saves raced past the version check: the later one loses, loudly. */
    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response staleSave(RuntimeException e, UriInfo uri) {
        return respond(
                uri,
                Problem.of(
                        409,
                        "Conflict",
                        "Someone else saved this at the same moment. Reload to see their change, then make yours again."));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        String detail =
                e.getMessage() == null || e.getMessage().isBlank() ? "Your role does not allow this." : e.getMessage();
        return respond(uri, Problem.of(403, "Forbidden", detail));
    }

    static Response respond(UriInfo uri, Problem problem) {
        if (uri.getPath().startsWith("/api/")) {
            return Response.status(problem.status())
                    .type(PROBLEM)
                    .entity(problem)
                    .build();
        }
        return Response.status(problem.status())
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(problem.status(), problem.title(), problem.detail()))
                .build();
    }
}
