package org.rightstracker.core.backup;

/** A restore that must not go ahead (instance not empty, archive from another schema...); nothing was written. */
public class RestoreRefusedException extends RuntimeException {

    public RestoreRefusedException(String message) {
        super(message);
    }
}
