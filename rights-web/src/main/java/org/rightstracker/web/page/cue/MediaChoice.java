package org.rightstracker.web.page.cue;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.rightstracker.core.scope.Media;

/**
 * One media checkbox of a licence form: built in Java so that the cue page's many checkboxes (two sets per
 * licence) read their values from the loop variable itself, not from the panel around it (a lookup that
 * misses a scope walks every value resolver, bench/README.md "Round seven").
 */
public record MediaChoice(String value, String label, boolean checked) {

    /** Every medium, in the order of the enum, checked when {@code chosen} holds its name. */
    static List<MediaChoice> of(Collection<String> chosen) {
        return Arrays.stream(Media.values())
                .map(m -> new MediaChoice(m.name(), m.label(), chosen != null && chosen.contains(m.name())))
                .toList();
    }
}
