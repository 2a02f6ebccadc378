package org.rightstracker.bench.data;

import java.util.Random;

/** Plausible names for generated people, companies, songs and productions. */
final class Names {

    private static final String[] FIRST = {
        "Ada", "Bruno", "Chloé", "Dev", "Elena", "Femi", "Greta", "Hiro", "Inès", "Jonas", "Kemi", "Lars", "Maya",
        "Nils", "Olu", "Priya", "Quinn", "Rosa", "Sami", "Tomás", "Una", "Viktor", "Wen", "Yusuf", "Zoë"
    };
    private static final String[] LAST = {
        "Abbott",
        "Bergström",
        "Carvalho",
        "Dubois",
        "Eriksen",
        "Fischer",
        "García",
        "Hale",
        "Ivanova",
        "Jensen",
        "Kowalski",
        "Lindqvist",
        "Moreau",
        "Nakamura",
        "Okafor",
        "Petrov",
        "Quintero",
        "Rossi",
        "Schmidt",
        "Tanaka",
        "Urquhart",
        "Varga",
        "Whitfield",
        "Yilmaz",
        "Zhou"
    };
    private static final String[] PLACE = {
        "Northgate", "Silver Lake", "Harbour", "Blue Meadow", "Eastbank", "Lumière", "Redwood", "Kingsway",
        "Saltmarsh", "Ironbridge", "Larkspur", "Westmoor", "Aurora", "Fjordlight", "Copperline", "Highfield"
    };
    private static final String[] WORD = {
        "Midnight",
        "Paper",
        "Golden",
        "River",
        "Neon",
        "Summer",
        "Broken",
        "Electric",
        "Velvet",
        "Wild",
        "Silent",
        "Burning",
        "Hollow",
        "Crystal",
        "Distant",
        "Falling",
        "Northern",
        "Secret",
        "Painted",
        "Lonely"
    };
    private static final String[] NOUN = {
        "Heart",
        "Road",
        "Lights",
        "Sky",
        "Dreams",
        "Fire",
        "Rain",
        "Highway",
        "Garden",
        "Ocean",
        "City",
        "Echo",
        "Stranger",
        "Morning",
        "Shadows",
        "Tide",
        "Letters",
        "Engine",
        "Horizon",
        "Parade"
    };

    private Names() {}

    static String person(Random random) {
        return pick(random, FIRST) + " " + pick(random, LAST);
    }

    static String company(Random random, String kind, int n) {
        return pick(random, PLACE) + " " + kind + " " + n;
    }

    static String title(Random random) {
        return (random.nextInt(4) == 0 ? "The " : "") + pick(random, WORD) + " " + pick(random, NOUN);
    }

    static String place(Random random) {
        return pick(random, PLACE);
    }

    static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
