package org.rightstracker.core.licence;

/**
 * What a record on a licence's timeline is. Stored by name in a column wide enough for kinds to come
 * (request letters, e-mails), which add a constant here and no column.
 */
public enum LicenceEventKind {
    /** A workflow step; the record names the status moved to. */
    STEP("Step"),
    /** A contact with the licensor about the request: channel, note and when to follow up next. */
    FOLLOW_UP("Follow-up"),
    /** A request letter e-mailed to the licensor: the detail names to whom, the subject and the copy kept. */
    EMAIL("E-mail sent"),
    /** A letter produced for sending by hand (PDF or .eml), or its sending confirmed by the user. */
    LETTER("Letter"),
    /**
     * An executed licence reopened as an amendment: recorded on both the amended licence ("Reopened as
     * amendment N") and the new amendment ("Reopened as amendment of licence #id").
     */
    AMENDMENT("Amendment");

    private final String label;

    LicenceEventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
