package org.rightstracker.core.document;

public enum DocumentKind {
    LICENCE("Licence"),
    QUOTE("Quote"),
    DEAL_MEMO("Deal memo"),
    NOTATION("Notation"),
    CUE_SHEET_SUBMISSION("Cue-sheet submission"),
    CORRESPONDENCE("Correspondence"),
    /** A draft the application wrote from a letter template, for the licensor to sign. */
    LICENCE_DRAFT("Licence draft"),
    /** A score cue's deliverable: notation (PDF, MusicXML), a mix or stems; kept as a file, never parsed. */
    SCORE_DELIVERABLE("Score deliverable"),
    OTHER("Other");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
