package org.rightstracker.core.importing.cwr;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.rightstracker.core.party.PartyKind;
import org.rightstracker.core.party.PartyRole;

/**
 * A writer or publisher as the file names it. Which mentions are the same party is the catalogue's one
 * rule ({@link org.rightstracker.core.catalogue.FileParties}, asked through {@link CwrDocument#partyKey}):
 * the import then creates or links one party for all of them.
 */
public record CwrParty(String name, PartyKind kind, String ipi, String society, Set<PartyRole> roles) {

    public CwrParty {
        roles = roles.isEmpty() ? EnumSet.noneOf(PartyRole.class) : EnumSet.copyOf(roles);
    }

    // Compiled once: titles are normalised for every comparison the parser and planner make.
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static String normalisedName(String name) {
        return name == null ? "" : SPACES.matcher(name.strip()).replaceAll(" ").toUpperCase(Locale.ROOT);
    }
}
