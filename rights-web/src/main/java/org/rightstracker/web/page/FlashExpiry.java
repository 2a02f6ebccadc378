package org.rightstracker.web.page;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Ends a flash message once the page a redirect leads to has shown it. Partial htmx responses and
 * further redirects leave it alone: the layout that displays it has not been rendered yet.
 */
public class FlashExpiry {

    @ServerResponseFilter
    public void expireShownMessage(ContainerRequestContext request, ContainerResponseContext response) {
        boolean shown = request.getCookies().containsKey(Flash.COOKIE)
                && HttpMethod.GET.equals(request.getMethod())
                && !Htmx.isRequest(request.getHeaders())
                && (response.getStatus() < 300 || response.getStatus() >= 400);
        if (shown) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, Flash.expired());
        }
    }
}
