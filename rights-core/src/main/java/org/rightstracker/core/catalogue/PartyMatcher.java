package org.rightstracker.core.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.shared.InChunks;
import org.rightstracker.core.shared.SearchKey;

/**
 * The one rule every import uses to decide which party a name in a file is (cue lists, CWR). Names
 * match when their {@link SearchKey}s do (case, accents, punctuation and spacing ignored).
 *
 * <ul>
 *   <li>Within a file, a name given once with an IPI name number and once without is one party, when
 *       that name carries exactly one IPI in the file; the same name with two IPIs is two people.
 *   <li>Against the catalogue: the holder of the IPI; else a namesake, unless both carry different
 *       IPIs (a namesake with another IPI is someone else). Among several namesakes the oldest one
 *       without an IPI is taken first, then the oldest.
 * </ul>
 *
 * Loaded with every mention of a file at once, in a query per thousand IPIs and names. The in-file half
 * alone is {@link FileParties}.
 */
public final class PartyMatcher {

    /** A party as a file names it. */
    public record Mention(String name, String ipi) {}

    private final FileParties file;
    private final Map<String, Party> byIpi = new HashMap<>();
    private final Map<String, List<Party>> byName = new HashMap<>();

    private PartyMatcher(FileParties file) {
        this.file = file;
    }

    public static PartyMatcher load(Collection<Mention> mentions) {
        return load(FileParties.of(mentions), mentions);
    }

    /** As {@link #load(Collection)}, with the file's own rule already read from the same mentions. */
    public static PartyMatcher load(FileParties file, Collection<Mention> mentions) {
        PartyMatcher matcher = new PartyMatcher(file);
        List<String> ipis = mentions.stream()
                .map(Mention::ipi)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        InChunks.list(ipis, chunk -> Party.<Party>list("ipiNameNumber in ?1", chunk))
                .forEach(p -> matcher.byIpi.put(p.ipiNameNumber, p));
        List<String> names = mentions.stream()
                .map(m -> SearchKey.of(m.name()))
                .filter(k -> !k.isEmpty())
                .distinct()
                .toList();
        InChunks.list(names, chunk -> Party.<Party>list("nameKey in ?1", chunk)).stream()
                .sorted(Comparator.comparing((Party p) -> p.ipiNameNumber != null)
                        .thenComparing(p -> p.id))
                .forEach(p -> matcher.byName
                        .computeIfAbsent(p.nameKey, k -> new ArrayList<>())
                        .add(p));
        return matcher;
    }

    /** Whether two names are the same name for matching purposes. */
    public static boolean sameName(String a, String b) {
        return SearchKey.of(a).equals(SearchKey.of(b));
    }

    /**
     * The IPI a mention stands for: its own, or the single IPI the file gives the same name elsewhere
     * (null when it gives none or several).
     */
    public String ipi(String name, String ipi) {
        return file.ipi(name, ipi);
    }

    /** The key under which mentions of the file are one party: two mentions with equal keys are one. */
    public String key(String name, String ipi) {
        return file.key(name, ipi);
    }

    /** The catalogue's party for a mention, or null when the import should create one. */
    public Party existing(String name, String ipi) {
        String effective = ipi(name, ipi);
        Party holder = effective == null ? null : byIpi.get(effective);
        if (holder != null) {
            return holder;
        }
        return byName.getOrDefault(SearchKey.of(name), List.of()).stream()
                .filter(p -> effective == null || p.ipiNameNumber == null)
                .findFirst()
                .orElse(null);
    }
}
