package org.rightstracker.web.api;

import java.util.List;
import java.util.function.Function;
import org.rightstracker.core.shared.ValidationException;

/** One page of a list: the items, where the page is, and how many there are in all. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    /** Refuses a page number or size outside what the API serves, naming the parameter. */
    static void check(int page, int size) {
        if (page < 0) {
            throw new ValidationException("page", "The page number starts at 0.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ValidationException("size", "The page size is between 1 and " + MAX_SIZE + ".");
        }
    }

    /** Pages a list already in memory (lists the engine filters, such as cues by status). */
    static <E, T> PageOf<T> slice(List<E> all, int page, int size, Function<E, T> mapper) {
        check(page, size);
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new PageOf<>(all.subList(from, to).stream().map(mapper).toList(), page, size, all.size());
    }
}
