package org.rightstracker.web.page.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.web.page.FormErrors;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.page.References;

/**
 * The share editor of the work and recording forms: one side (writers, publishers, master owners) as
 * typed. The browser posts a side as one list per column, which lets a script add or remove rows
 * without renumbering; here the columns become rows, so dropping blank rows, adding or removing one,
 * showing the rows again with their cells' messages and reading them with field-naming errors are list
 * operations written once for every side.
 */
public record ShareRows(Side side, List<Row> rows) {

    /**
     * What tells the sides apart: the field its errors are named under ({@code writers[0].share}), the
     * word in its buttons ({@code add-writer}, {@code remove-writer-0}), the word its total uses, and the
     * role a new row starts with (blank where the side has no roles).
     */
    public record Side(String field, String button, String totalWord, String newRole) {}

    /** One row as typed; the role is the writer's designation or the publisher's role. */
    public record Row(String party, String share, String role, String society, String forHire) {

        boolean blank() {
            return FormFields.blank(party) && FormFields.blank(share);
        }

        /** The row in words, for the conflict view: "Ann 50% CA SACEM (for hire)". */
        String summary() {
            return party + " " + share + "%" + (role.isBlank() ? "" : " " + role)
                    + (society.isBlank() ? "" : " " + society)
                    + (FormFields.checked(forHire) ? " (for hire)" : "");
        }
    }

    /** A row for the template: its position and the messages for its party and share cells. */
    public record Line(
            int index,
            String party,
            String share,
            String role,
            String society,
            boolean forHire,
            String partyError,
            String shareError) {}

    /** Reads one row once its party is resolved; {@code at} names the row's fields, e.g. "writers[2]". */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(Row row, Long partyId, String at);
    }

    /** The side from its posted columns; a side without roles, societies or the for-hire flag passes null. */
    static ShareRows of(
            Side side,
            List<String> parties,
            List<String> shares,
            List<String> roles,
            List<String> societies,
            List<String> forHire) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(size(parties), size(shares)); i++) {
            rows.add(new Row(at(parties, i), at(shares, i), at(roles, i), at(societies, i), at(forHire, i)));
        }
        return new ShareRows(side, rows);
    }

    /** Whether a post asks to add or remove a row rather than save. */
    static boolean isRowEdit(String action) {
        return action != null && (action.startsWith("add-") || action.startsWith("remove-"));
    }

    /** Without the rows left blank: a row left empty is a row the user did not want. */
    ShareRows compact() {
        return new ShareRows(side, rows.stream().filter(r -> !r.blank()).toList());
    }

    /** The side with a row added or removed when the action names this side, otherwise unchanged. */
    ShareRows edited(String action) {
        List<Row> copy = new ArrayList<>(rows);
        if (("add-" + side.button()).equals(action)) {
            copy.add(new Row("", "", side.newRole(), "", "false"));
        } else {
            int row = removedRow(action, "remove-" + side.button() + "-");
            if (row < 0 || row >= copy.size()) {
                return this;
            }
            copy.remove(row);
        }
        return new ShareRows(side, copy);
    }

    /** The rows for the template, each with the messages for its cells. */
    List<Line> lines(FormErrors errors) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String at = side.field() + "[" + i + "]";
            lines.add(new Line(
                    i,
                    row.party(),
                    row.share(),
                    row.role(),
                    row.society(),
                    FormFields.checked(row.forHire()),
                    errors.get(at + ".partyId"),
                    errors.get(at + ".share")));
        }
        return lines;
    }

    /**
     * The rows read for the service: each party resolved by name or label, problems added to
     * {@code errors} under the row's field name so the form can show them at their cell.
     */
    <T> List<T> read(References references, List<FieldError> errors, RowReader<T> reader) {
        List<T> read = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String at = side.field() + "[" + i + "]";
            Long party = references.party(rows.get(i).party(), at + ".partyId", errors);
            read.add(reader.read(rows.get(i), party, at));
        }
        return read;
    }

    ShareTotal total() {
        return ShareTotal.of(side.totalWord(), shares());
    }

    String summary() {
        return rows.stream().map(Row::summary).collect(Collectors.joining("; "));
    }

    List<String> parties() {
        return column(Row::party);
    }

    List<String> shares() {
        return column(Row::share);
    }

    List<String> roles() {
        return column(Row::role);
    }

    List<String> societies() {
        return column(Row::society);
    }

    List<String> forHire() {
        return column(Row::forHire);
    }

    private List<String> column(Function<Row, String> cell) {
        return rows.stream().map(cell).toList();
    }

    private static int size(List<String> column) {
        return column == null ? 0 : column.size();
    }

    private static String at(List<String> column, int row) {
        return column == null || row >= column.size() || column.get(row) == null ? "" : column.get(row);
    }

    /** The row a "remove-writer-2" button names, or -1. */
    private static int removedRow(String action, String prefix) {
        if (action == null || !action.startsWith(prefix)) {
            return -1;
        }
        try {
            return Integer.parseInt(action.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
