package org.rightstracker.web.page.catalogue;

import java.util.ArrayList;
import java.util.List;
import org.rightstracker.web.page.FormFields;

/**
 * Share editors post their rows as parallel lists, one list per column. These read a cell, drop the
 * rows left blank, and add or remove a row in every column at once.
 */
final class ParallelRows {

    private ParallelRows() {}

    static int size(List<String> column) {
        return column == null ? 0 : column.size();
    }

    static String at(List<String> column, int row) {
        return column == null || row >= column.size() || column.get(row) == null ? "" : column.get(row);
    }

    /** The rows where the party or the share was filled in. */
    static List<Integer> filled(List<String> parties, List<String> shares) {
        List<Integer> filled = new ArrayList<>();
        for (int row = 0; row < Math.max(size(parties), size(shares)); row++) {
            if (!FormFields.blank(at(parties, row)) || !FormFields.blank(at(shares, row))) {
                filled.add(row);
            }
        }
        return filled;
    }

    static List<String> pick(List<String> column, List<Integer> rows) {
        return rows.stream().map(row -> at(column, row)).toList();
    }

    static List<String> plus(List<String> column, String added) {
        List<String> copy = new ArrayList<>(column == null ? List.of() : column);
        copy.add(added);
        return copy;
    }

    static List<String> minus(List<String> column, int row) {
        List<String> copy = new ArrayList<>(column == null ? List.of() : column);
        if (row >= 0 && row < copy.size()) {
            copy.remove(row);
        }
        return copy;
    }

    /** The row a "remove-writer-2" button names, or -1. */
    static int removed(String action, String prefix) {
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
