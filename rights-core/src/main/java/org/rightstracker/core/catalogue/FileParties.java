package org.rightstracker.core.catalogue;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.rightstracker.core.shared.SearchKey;

/**
 * The in-file half of {@link PartyMatcher}'s rule, which needs no catalogue: which mentions of one file
 * are one party. Names compare by their {@link SearchKey}; a name given once with an IPI name number and
 * once without is one party when the file gives that name exactly one IPI; two IPIs are two parties.
 * Parsers use it before anything is matched against the catalogue (a CWR file folds repeated
 * registrations by their writers).
 */
public final class FileParties {

    // A name the file gives several IPIs: a mention of it without an IPI cannot say which one it is.
    private static final String SEVERAL = "";

    private final Map<String, String> ipiOfName = new HashMap<>();

    private FileParties() {}

    /** The rule for a file that names these parties. */
    public static FileParties of(Collection<PartyMatcher.Mention> mentions) {
        FileParties file = new FileParties();
        for (PartyMatcher.Mention mention : mentions) {
            if (mention.ipi() != null) {
                file.ipiOfName.merge(SearchKey.of(mention.name()), mention.ipi(), (a, b) -> a.equals(b) ? a : SEVERAL);
            }
        }
        return file;
    }

    /**
     * The IPI a mention stands for: its own, or the single IPI the file gives the same name elsewhere
     * (null when it gives none or several).
     */
    public String ipi(String name, String ipi) {
        if (ipi != null) {
            return ipi;
        }
        String known = ipiOfName.get(SearchKey.of(name));
        return known == null || known.equals(SEVERAL) ? null : known;
    }

    /** The key under which mentions of the file are one party: two mentions with equal keys are one. */
    public String key(String name, String ipi) {
        String effective = ipi(name, ipi);
        return effective != null ? "IPI " + effective : "NAME " + SearchKey.of(name);
    }
}
