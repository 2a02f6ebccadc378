package org.rightstracker.web.page;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rightstracker.core.identifier.Iswc;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.shared.BaseEntity;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.SearchKey;
import org.rightstracker.core.shared.SearchWords;
import org.rightstracker.core.work.Work;

/**
 * Forms name a party, work or recording by text, never by a raw id: the label picked from the
 * suggestions ("Harbour Lights Music (IPI 00014107338)", "Night Drive (ISWC T-034.524.680-1)",
 * "Night Drive (The Owls, ISRC USPR37300012)") or just the name when it is unique. Names match ignoring
 * case and accents. The qualifier in brackets settles which of two same-named records is meant; a name
 * that matches none or several is refused at its field. (Forms saved before labels lost their numbers
 * may still send "Name [#34]": that is read as before.)
 */
@ApplicationScoped
public class References {

    private static final Pattern NUMBERED = Pattern.compile("\\[#(\\d{1,18})\\]\\s*$");
    static final int SUGGESTIONS = 20;

    public static String label(Party party) {
        if (party == null) {
            return "";
        }
        String qualifier = party.ipiNameNumber != null
                ? "IPI " + party.ipiNameNumber
                : party.society != null ? party.society : null;
        return qualifier == null ? party.name : party.name + " (" + qualifier + ")";
    }

    public static String label(Work work) {
        if (work == null) {
            return "";
        }
        return work.iswc == null
                ? work.title
                : work.title + " (ISWC " + Iswc.parse(work.iswc).formatted() + ")";
    }

    public static String label(Recording recording) {
        if (recording == null) {
            return "";
        }
        List<String> qualifiers = new ArrayList<>();
        if (recording.artist != null) {
            qualifiers.add(recording.artist);
        }
        if (recording.isrc != null) {
            qualifiers.add("ISRC " + recording.isrc);
        }
        return qualifiers.isEmpty() ? recording.title : recording.title + " (" + String.join(", ", qualifiers) + ")";
    }

    /** The party the text names; null when blank. Problems are added to {@code errors} under {@code field}. */
    public Long party(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Long numbered = number(text);
        if (numbered != null) {
            return exists(Party.findById(numbered), numbered, "party", field, errors);
        }
        List<Party> named = Party.list("nameKey in ?1 order by id", candidateKeys(text));
        return unique(pick(named, text, p -> p.nameKey, References::label), "party", text.strip(), field, errors);
    }

    public Long work(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Long numbered = number(text);
        if (numbered != null) {
            return exists(Work.findById(numbered), numbered, "work", field, errors);
        }
        List<Work> titled = Work.list("titleKey in ?1 order by id", candidateKeys(text));
        return unique(pick(titled, text, w -> w.titleKey, References::label), "work", text.strip(), field, errors);
    }

    public Long recording(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Long numbered = number(text);
        if (numbered != null) {
            return exists(Recording.findById(numbered), numbered, "recording", field, errors);
        }
        List<Recording> titled = Recording.list("titleKey in ?1 order by id", candidateKeys(text));
        return unique(pick(titled, text, r -> r.titleKey, References::label), "recording", text.strip(), field, errors);
    }

    /** The keys the name inside a label could have: the whole text, or the text before its " (…)". */
    private static List<String> candidateKeys(String text) {
        String typed = text.strip();
        List<String> keys = new ArrayList<>();
        keys.add(SearchKey.of(typed));
        int bracket = typed.lastIndexOf(" (");
        if (bracket > 0) {
            keys.add(SearchKey.of(typed.substring(0, bracket)));
        }
        return keys;
    }

    /**
     * Of the records whose name could be meant: every record of that name when the text is a bare name
     * (two namesakes are then ambiguous), else those whose whole label is the text (case and accents aside).
     */
    private static <T extends BaseEntity> List<Long> pick(
            List<T> candidates, String text, Function<T, String> key, Function<T, String> label) {
        String typed = SearchKey.of(text);
        List<Long> byName = candidates.stream()
                .filter(c -> key.apply(c).equals(typed))
                .map(c -> c.id)
                .toList();
        if (!byName.isEmpty()) {
            return byName;
        }
        return candidates.stream()
                .filter(c -> SearchKey.of(label.apply(c)).equals(typed))
                .map(c -> c.id)
                .toList();
    }

    /**
     * Suggestions for a party field: names holding every word typed (in any order, accents and case
     * aside), as labels to pick.
     */
    public List<String> partySuggestions(String typed) {
        SearchWords.Condition match = matching(typed, "nameKey");
        return labels(
                Party.<Party>find(match.jpql(), Sort.by("nameKey").and("name").and("id"), match.parameters()),
                References::label);
    }

    public List<String> workSuggestions(String typed) {
        SearchWords.Condition match = matching(typed, "titleKey");
        return labels(
                Work.<Work>find(match.jpql(), Sort.by("titleKey").and("title").and("id"), match.parameters()),
                References::label);
    }

    public List<String> recordingSuggestions(String typed) {
        SearchWords.Condition match = matching(typed, "titleKey", "artistKey");
        return labels(
                Recording.<Recording>find(
                        match.jpql(), Sort.by("titleKey").and("title").and("id"), match.parameters()),
                References::label);
    }

    private static SearchWords.Condition matching(String typed, String... keys) {
        return SearchWords.of(stripLabel(typed)).where(List.of(keys), List.of());
    }

    private static <T> List<String> labels(PanacheQuery<T> found, Function<T, String> label) {
        return found.page(Page.ofSize(SUGGESTIONS)).stream().map(label).toList();
    }

    // What was typed, without a picked label's qualifier: picking a suggestion then still suggests it.
    private static String stripLabel(String typed) {
        String text = stripNumber(typed);
        int bracket = text.lastIndexOf(" (");
        return bracket > 0 ? text.substring(0, bracket) : text;
    }

    private static String stripNumber(String typed) {
        return typed == null ? "" : NUMBERED.matcher(typed).replaceAll("").strip();
    }

    private static Long number(String text) {
        Matcher matcher = NUMBERED.matcher(text);
        return matcher.find() ? Long.valueOf(matcher.group(1)) : null;
    }

    private static Long exists(Object found, long id, String kind, String field, List<FieldError> errors) {
        if (found == null) {
            errors.add(new FieldError(field, "There is no " + kind + " #" + id + "; pick one from the suggestions."));
            return null;
        }
        return id;
    }

    private static Long unique(List<Long> ids, String kind, String typed, String field, List<FieldError> errors) {
        if (ids.size() == 1) {
            return ids.get(0);
        }
        if (ids.isEmpty()) {
            String where = kind.equals("party") ? "Parties" : kind.equals("work") ? "Works" : "Recordings";
            errors.add(new FieldError(
                    field, "No " + kind + " is called \"" + typed + "\"; add it under " + where + " first."));
        } else {
            errors.add(new FieldError(
                    field,
                    ids.size() + " " + (kind.equals("party") ? "parties" : kind + "s") + " are called \"" + typed
                            + "\"; pick the one you mean from the suggestions (they show its IPI, ISWC, ISRC or"
                            + " society), or merge them if they are the same."));
        }
        return null;
    }
}
