package org.rightstracker.core.shared;

/**
 * A value (identifier, share, amount, timecode, territory...) could not be parsed or broke its own
 * rule. The message is a sentence a user understands; callers attach the field name.
 */
public class InvalidValueException extends IllegalArgumentException {

    public InvalidValueException(String message) {
        super(message);
    }
}
