package org.rightstracker.core.shared;

/** One problem with one input field: the field's name as the form or API knows it, and a sentence. */
public record FieldError(String field, String message) {}
