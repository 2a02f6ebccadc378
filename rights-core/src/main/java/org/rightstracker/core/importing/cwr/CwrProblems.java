package org.rightstracker.core.importing.cwr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one file in the order a reader meets them. */
final class CwrProblems {

    private final List<CwrProblem> problems = new ArrayList<>();

    void error(CwrRecord record, CwrField field, String message) {
        add(record, field == null ? null : field.label(), message, CwrProblem.Severity.ERROR);
    }

    void warning(CwrRecord record, CwrField field, String message) {
        add(record, field == null ? null : field.label(), message, CwrProblem.Severity.WARNING);
    }

    void add(CwrRecord record, String field, String message, CwrProblem.Severity severity) {
        problems.add(new CwrProblem(record.line(), record.type(), field, message, severity));
    }

    /** By line, so a user can walk the file top to bottom; problems of one line keep their order. */
    List<CwrProblem> sorted() {
        return problems.stream()
                .sorted(Comparator.comparingInt(CwrProblem::line))
                .toList();
    }
}
