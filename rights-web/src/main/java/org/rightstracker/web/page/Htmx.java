package org.rightstracker.web.page;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;

/** Tells htmx requests (which want a fragment) from ordinary page requests (which want a page). */
public final class Htmx {

    public static final String REQUEST_HEADER = "HX-Request";

    private Htmx() {}

    public static boolean isRequest(HttpHeaders headers) {
        return "true".equals(headers.getHeaderString(REQUEST_HEADER));
    }

    public static boolean isRequest(MultivaluedMap<String, String> headers) {
        return "true".equals(headers.getFirst(REQUEST_HEADER));
    }
}
