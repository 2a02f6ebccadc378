package org.rightstracker.core.shared;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The folded form of a name or title that catalogue matching, searching and sorting use: accents
 * removed, lower case, dots and apostrophes dropped, other punctuation and runs of whitespace turned
 * into one space ("Éditions  Lumière, S.A." becomes "editions lumiere sa"). Stored next to each name in a {@code *_key} column (V16) so
 * that both H2 and PostgreSQL can compare and order by it with plain SQL; sorting by the key puts
 * "Éditions" among the E's in every language the catalogue holds names in (Latin scripts).
 */
public final class SearchKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    // Dots and apostrophes join what they sit in ("S.A." is "sa", "O'Brien" is "obrien"); any other
    // punctuation separates words ("Harbour-Lights" is "harbour lights").
    private static final Pattern JOINING = Pattern.compile("[.'\u2019`]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchKey() {}

    /** The folded text, never null ("" for null or blank text). */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String lower = Normalizer.normalize(decomposed.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        String bare = MARKS.matcher(lower).replaceAll("");
        return NOT_WORD.matcher(JOINING.matcher(bare).replaceAll(""))
                .replaceAll(" ")
                .strip();
    }

    /** As {@link #of(String)}, cut to fit a key column of {@code length} characters. */
    public static String of(String text, int length) {
        String key = of(text);
        return key.length() <= length ? key : key.substring(0, length).strip();
    }

    /** Several texts folded and joined by " | " (alternate titles), cut to fit {@code length}. */
    public static String ofAll(Collection<String> texts, int length) {
        String joined = texts == null
                ? ""
                : texts.stream()
                        .filter(Objects::nonNull)
                        .map(SearchKey::of)
                        .filter(k -> !k.isEmpty())
                        .collect(Collectors.joining(" | "));
        return joined.length() <= length ? joined : joined.substring(0, length);
    }

    /** A "contains" pattern for {@code key_column like ?} from what a user typed. */
    public static String like(String typed) {
        return "%" + of(typed) + "%";
    }
}
