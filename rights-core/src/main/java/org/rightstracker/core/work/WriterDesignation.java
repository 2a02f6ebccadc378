package org.rightstracker.core.work;

/** The writer's part in the composition, with the CWR/cue-sheet code. */
public enum WriterDesignation {
    C("Composer"),
    A("Author"),
    CA("Composer/author"),
    AR("Arranger"),
    AD("Adaptor"),
    TR("Translator");

    private final String label;

    WriterDesignation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
