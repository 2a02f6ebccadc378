package org.rightstracker.core.shared;

/**
 * The change cannot be made in the current state: someone else saved first (stale version), or a
 * workflow step is impossible from the current status. Pages show the conflict, the API answers 409.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
