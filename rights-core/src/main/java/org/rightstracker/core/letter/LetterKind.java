package org.rightstracker.core.letter;

/** The letters the application writes from templates an administrator may change. */
public enum LetterKind {
    /** To a licensor: every open request of theirs on one production, in one letter. */
    REQUEST("Request letter", "letters/request.txt"),
    /** After approval: the deal memo confirming what was agreed. */
    CONFIRMATION("Confirmation (deal memo)", "letters/confirmation.txt"),
    /** After approval: a short-form synchronisation licence for a publisher's share. */
    SYNC_LICENCE_DRAFT("Sync licence draft", "letters/sync-licence-draft.txt"),
    /** After approval: a short-form master use licence for a label's share. */
    MASTER_LICENCE_DRAFT("Master use licence draft", "letters/master-licence-draft.txt");

    private final String label;
    private final String defaultResource;

    LetterKind(String label, String defaultResource) {
        this.label = label;
        this.defaultResource = defaultResource;
    }

    public String label() {
        return label;
    }

    /** The classpath resource holding the text that ships with the application. */
    public String defaultResource() {
        return defaultResource;
    }
}
