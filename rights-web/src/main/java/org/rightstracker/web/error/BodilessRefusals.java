package org.rightstracker.web.error;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A refusal that would leave without a body gets one like every other: the CSRF check answers a form
 * with a missing or forged token with a bare 400, which a user would see as a blank page. Here it becomes
 * the product's error page (a problem under /api), saying what to do.
 */
public class BodilessRefusals {

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity()) {
            return;
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Request refused" : type.getReasonPhrase();
        String detail = status == 400
                ? "The server refused this request. If you were sending a form, reload the page and send it again:"
                        + " a form is only accepted with the security token of the page it came from."
                : "The server refused this request (" + status + " " + title + ").";
        Response answer = ErrorMappers.respond(
                request.getUriInfo().getPath(),
                request.getHeaderString("HX-Request"),
                request.getHeaderString("Referer"),
                Problem.of(status, title, detail));
        response.setEntity(answer.getEntity(), new java.lang.annotation.Annotation[0], answer.getMediaType());
        answer.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                response.getHeaders().put(name, values);
            }
        });
    }
}
