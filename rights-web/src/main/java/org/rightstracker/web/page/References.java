package org.rightstracker.web.page;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.SearchText;
import org.rightstracker.core.work.Work;

/**
 * Forms name a party, work or recording by text: "Harbour Lights Music [#34]" as picked from the
 * suggestions, or just a name when it is unique. The number in brackets settles which of two
 * same-named parties is meant; a bare name that matches none or several is refused at its field.
 */
@ApplicationScoped
public class References {

    private static final Pattern NUMBERED = Pattern.compile("\\[#(\\d{1,18})\\]\\s*$");
    static final int SUGGESTIONS = 20;

    public static String label(Party party) {
        return party == null ? "" : party.name + " [#" + party.id + "]";
    }

    public static String label(Work work) {
        return work == null ? "" : work.title + " [#" + work.id + "]";
    }

    public static String label(Recording recording) {
        if (recording == null) {
            return "";
        }
        String artist = recording.artist == null ? "" : " — " + recording.artist;
        return recording.title + artist + " [#" + recording.id + "]";
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
        String name = text.strip();
        List<Party> named = Party.list("lower(name) = ?1", name.toLowerCase());
        return unique(named.stream().map(p -> p.id).toList(), "party", name, field, errors);
    }

    public Long work(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Long numbered = number(text);
        if (numbered != null) {
            return exists(Work.findById(numbered), numbered, "work", field, errors);
        }
        String title = text.strip();
        List<Work> titled = Work.list("lower(title) = ?1", title.toLowerCase());
        return unique(titled.stream().map(w -> w.id).toList(), "work", title, field, errors);
    }

    public Long recording(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Long numbered = number(text);
        if (numbered != null) {
            return exists(Recording.findById(numbered), numbered, "recording", field, errors);
        }
        String title = text.strip();
        List<Recording> titled = Recording.list("lower(title) = ?1", title.toLowerCase());
        return unique(titled.stream().map(r -> r.id).toList(), "recording", title, field, errors);
    }

    /** Suggestions for a party field: names containing the typed text, as labels to pick. */
    public List<String> partySuggestions(String typed) {
        return Party.<Party>find("lower(name) like ?1", Sort.by("name").and("id"), SearchText.like(stripNumber(typed)))
                .page(Page.ofSize(SUGGESTIONS))
                .stream()
                .map(References::label)
                .toList();
    }

    public List<String> workSuggestions(String typed) {
        return Work.<Work>find("lower(title) like ?1", Sort.by("title").and("id"), SearchText.like(stripNumber(typed)))
                .page(Page.ofSize(SUGGESTIONS))
                .stream()
                .map(References::label)
                .toList();
    }

    public List<String> recordingSuggestions(String typed) {
        return Recording.<Recording>find(
                        "lower(title) like ?1 or lower(artist) like ?1",
                        Sort.by("title").and("id"),
                        SearchText.like(stripNumber(typed)))
                .page(Page.ofSize(SUGGESTIONS))
                .stream()
                .map(References::label)
                .toList();
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
                            + "\"; pick the one you mean from the suggestions (they carry a number)."));
        }
        return null;
    }
}
