package org.rightstracker.core.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a query with an {@code in} list over any number of values, a thousand at a time: the
 * PostgreSQL driver refuses a statement with more than 32,767 parameters, and an import looks up tens of
 * thousands of identifiers at once rather than one query per row.
 */
public final class InChunks {

    static final int SIZE = 1000;

    private InChunks() {}

    /** Every row {@code query} returns for some slice of the distinct {@code values}; none for none. */
    public static <T, R> List<R> list(Collection<T> values, Function<List<T>, List<R>> query) {
        List<T> distinct = values.stream().distinct().toList();
        List<R> rows = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += SIZE) {
            rows.addAll(query.apply(distinct.subList(from, Math.min(distinct.size(), from + SIZE))));
        }
        return rows;
    }
}
