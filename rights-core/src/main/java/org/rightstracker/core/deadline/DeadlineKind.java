package org.rightstracker.core.deadline;

/** What kind of day a {@link Deadline} is; the key is part of the event's lasting name in a calendar. */
public enum DeadlineKind {
    QUOTE_EXPIRY("quote-expiry", "Quote expires"),
    OPTION_DEADLINE("option-deadline", "Option deadline"),
    TERM_END("term-end", "Licence term ends");

    private final String key;
    private final String label;

    DeadlineKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
