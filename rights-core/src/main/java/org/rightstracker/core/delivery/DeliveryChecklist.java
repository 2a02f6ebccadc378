package org.rightstracker.core.delivery;

import java.util.List;

/**
 * The music delivery package a distributor asks for, line by line: each line is proved (with links to
 * what proves it), missing (saying exactly what), or not needed (saying why).
 */
public record DeliveryChecklist(long productionId, String title, List<Line> lines) {

    public enum Status {
        DONE("Done"),
        MISSING("Missing"),
        NOT_NEEDED("Not needed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A page or file that proves a line, or that a missing piece belongs to. */
    public record Link(String label, String href) {}

    /**
     * One item of the package. {@code key} is stable (API clients and the CSV use it); {@code summary} is
     * the sentence people read; {@code proofs} link to what proves it; {@code missing} names each gap.
     */
    public record Line(String key, String title, Status status, String summary, List<Link> proofs, List<Link> missing) {

        public boolean done() {
            return status != Status.MISSING;
        }
    }

    /** Ready to deliver: no line is missing. */
    public boolean complete() {
        return lines.stream().allMatch(Line::done);
    }

    public long missingCount() {
        return lines.stream().filter(l -> !l.done()).count();
    }
}
