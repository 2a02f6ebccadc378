package org.rightstracker.core.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a user typed into a search, read as words: a record matches when every word is found in one of
 * its folded name columns ({@link SearchKey}), in any order, so "lumiere editions" and "editions
 * lumiere" both find "Éditions Lumière"; or when the whole text, without punctuation, is one of its
 * identifiers (ISWC, ISRC, IPI, cue number); one word may also be a whole identifier among name words
 * ("2M14 chase"). The condition is plain JPQL ({@code like} and {@code =}
 * with parameters), so it runs the same on H2 and PostgreSQL.
 *
 * @param words the folded words, at most {@link #MAX_WORDS}; empty for blank text
 * @param identifier the typed text as an identifier's stored form ("T-034.524.680-1" is "T0345246801")
 */
public record SearchWords(List<String> words, String identifier) {

    /** Words beyond this are ignored: a search box is not a document, and the query stays small. */
    public static final int MAX_WORDS = 8;

    public static SearchWords of(String typed) {
        String key = SearchKey.of(typed);
        List<String> words = key.isEmpty()
                ? List.of()
                : Arrays.stream(key.split(" ")).distinct().limit(MAX_WORDS).toList();
        return new SearchWords(words, SearchText.compact(typed));
    }

    public boolean isBlank() {
        return words.isEmpty();
    }

    /** A JPQL condition, in brackets, and the named parameters it uses; the caller may add its own. */
    public record Condition(String jpql, Map<String, Object> parameters) {}

    /**
     * The condition for records whose {@code keyColumns} hold every word or whose {@code
     * identifierColumns} hold the identifier; blank text matches every record.
     */
    public Condition where(List<String> keyColumns, List<String> identifierColumns) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> alternatives = new ArrayList<>();
        if (!identifierColumns.isEmpty()) {
            parameters.put("searchId", identifier);
            identifierColumns.forEach(column -> alternatives.add(column + " = :searchId"));
        }
        List<String> perWord = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String parameter = "searchWord" + i;
            parameters.put(parameter, "%" + words.get(i) + "%");
            List<String> found = new ArrayList<>(
                    keyColumns.stream().map(c -> c + " like :" + parameter).toList());
            // One word may be a whole identifier among name words: "2M14 chase".
            String wordIdentifier = SearchText.compact(words.get(i));
            if (!identifierColumns.isEmpty() && !wordIdentifier.isEmpty()) {
                parameters.put(parameter + "Id", wordIdentifier);
                identifierColumns.forEach(column -> found.add(column + " = :" + parameter + "Id"));
            }
            perWord.add("(" + String.join(" or ", found) + ")");
        }
        alternatives.add(perWord.isEmpty() ? "1 = 1" : "(" + String.join(" and ", perWord) + ")");
        return new Condition("(" + String.join(" or ", alternatives) + ")", parameters);
    }

    /** For lists filtered in memory: every word is in one of the texts (folded), or the text is blank. */
    public boolean matches(String... texts) {
        List<String> keys = Arrays.stream(texts).map(SearchKey::of).toList();
        return words.stream().allMatch(word -> keys.stream().anyMatch(key -> key.contains(word)));
    }
}
