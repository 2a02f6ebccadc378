package org.rightstracker.web.page;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Which part of the product the current page belongs to, so the main menu can mark it for everyone. */
@Named("navigation")
@RequestScoped
public class Navigation {

    @Inject
    CurrentVertxRequest request;

    /** "page" when the current path is {@code section} or below it, for {@code aria-current}; else null. */
    public String current(String section) {
        String path = request.getCurrent() == null ? "/" : request.getCurrent().normalizedPath();
        boolean here = section.equals("/")
                ? path.equals("/") || path.startsWith("/productions") || path.startsWith("/cues")
                : path.equals(section) || path.startsWith(section + "/");
        return here ? "page" : null;
    }

    /** What the header's search box shows: the text searched for on the results page, else nothing. */
    public String searchQuery() {
        if (request.getCurrent() == null
                || !request.getCurrent().normalizedPath().equals("/search")) {
            return null;
        }
        return request.getCurrent().request().getParam("q");
    }
}
