package org.rightstracker.core.shared;

/**
 * A value that must be unique is already used by another record, such as a cue number within its
 * production. A form shows it at the field like any invalid input; the API answers 409 naming the field.
 */
public class DuplicateValueException extends ValidationException {

    public DuplicateValueException(String field, String message) {
        super(field, message);
    }
}
