package org.rightstracker.core.shared;

/** The thing asked for does not exist (or is not visible to the caller). Pages show 404, the API 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }

    public static NotFoundException of(String kind, Object id) {
        return new NotFoundException(kind + " " + id + " does not exist.");
    }
}
