package org.rightstracker.bench.data;

import java.time.LocalDate;
import org.rightstracker.bench.Options;

/**
 * How much data to generate and from which seed. The same settings (seed and as-of date included)
 * always give the same rows; the as-of date anchors every request, quote and expiry date, so that
 * "expiring soon" means soon relative to the day of the benchmark.
 *
 * @param productions number of productions, including the large and the small one
 * @param cues number of cues over all productions
 * @param largeCues cues of the large production (the page targets are set for 1,000)
 * @param smallCues cues of the small production measured beside it (statements per page)
 * @param memberProductions productions whose team the bench supervisor belongs to (large and small included)
 * @param seed random seed
 * @param asOf the day the data describe
 * @param benchUser user name of the bench supervisor
 * @param passwordFrom existing user whose password hash the bench supervisor shares
 */
public record GeneratorSettings(
        int productions,
        int cues,
        int largeCues,
        int smallCues,
        int memberProductions,
        long seed,
        LocalDate asOf,
        String benchUser,
        String passwordFrom) {

    public GeneratorSettings {
        if (productions < 2) {
            throw new IllegalArgumentException("at least 2 productions (the large and the small one)");
        }
        int rest = cues - largeCues - smallCues;
        if (largeCues < 1 || smallCues < 1 || (productions > 2 && rest < productions - 2)) {
            throw new IllegalArgumentException("not enough cues: " + cues + " for " + productions + " productions with "
                    + largeCues + " and " + smallCues + " in the large and small ones");
        }
        if (memberProductions < 2 || memberProductions > productions) {
            throw new IllegalArgumentException("member productions must be between 2 and " + productions);
        }
    }

    /** The reference size: 200 productions, 20,000 cues, one of 1,000 and one of 100 cues. */
    public static GeneratorSettings reference(LocalDate asOf) {
        return new GeneratorSettings(200, 20_000, 1_000, 100, 10, 20_261_126L, asOf, "bench-supervisor", "admin");
    }

    static GeneratorSettings from(Options options) {
        GeneratorSettings d =
                reference(LocalDate.parse(options.text("as-of", LocalDate.now().toString())));
        return new GeneratorSettings(
                options.integer("productions", d.productions()),
                options.integer("cues", d.cues()),
                options.integer("large-cues", d.largeCues()),
                options.integer("small-cues", d.smallCues()),
                options.integer("member-productions", d.memberProductions()),
                options.number("seed", d.seed()),
                d.asOf(),
                options.text("bench-user", d.benchUser()),
                options.text("password-from", d.passwordFrom()));
    }
}
