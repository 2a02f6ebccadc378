package org.rightstracker.core.scope;

import java.util.List;

/** Joins names the way a sentence lists them: "A", "A and B", "A, B and C". */
final class EnglishList {

    private EnglishList() {}

    static String of(List<String> items) {
        int count = items.size();
        if (count == 0) {
            return "";
        }
        if (count == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, count - 1)) + " and " + items.get(count - 1);
    }
}
