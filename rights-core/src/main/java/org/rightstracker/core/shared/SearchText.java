package org.rightstracker.core.shared;

/** How list pages turn what a user typed into a search into query parameters. */
public final class SearchText {

    private SearchText() {}

    /** A case-insensitive "contains" pattern for {@code lower(column) like ?}. */
    public static String like(String query) {
        return "%" + (query == null ? "" : query.strip().toLowerCase()) + "%";
    }

    /** The typed text as an identifier's stored form: "T-034.524.680-1" becomes "T0345246801". */
    public static String compact(String query) {
        return query == null ? "" : query.replaceAll("[^0-9A-Za-z]", "").toUpperCase();
    }
}
