package org.rightstracker.core.work;

import java.util.Map;

/**
 * Names for the CISAC TIS territory codes registrations use most: World (2136) and countries, whose TIS
 * codes are their ISO 3166 numeric codes. Any other code is shown as its number, as the file gives it.
 */
public final class TisTerritories {

    private TisTerritories() {}

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(2136, "World"),
            Map.entry(124, "Canada"),
            Map.entry(840, "United States"),
            Map.entry(826, "United Kingdom"),
            Map.entry(250, "France"),
            Map.entry(276, "Germany"),
            Map.entry(380, "Italy"),
            Map.entry(724, "Spain"),
            Map.entry(392, "Japan"),
            Map.entry(36, "Australia"),
            Map.entry(554, "New Zealand"),
            Map.entry(76, "Brazil"),
            Map.entry(484, "Mexico"),
            Map.entry(528, "Netherlands"),
            Map.entry(752, "Sweden"));

    /** "World (2136)", or the bare code when it has no name here. */
    public static String name(int code) {
        String name = NAMES.get(code);
        return name == null ? "TIS " + code : name + " (" + code + ")";
    }
}
