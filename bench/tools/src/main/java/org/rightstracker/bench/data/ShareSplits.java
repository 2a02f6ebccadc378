package org.rightstracker.bench.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Splits 100% into the kind of shares registrations carry: round figures where they exist (60/40,
 * 50/25/25) and equal thirds as 33.33/33.33/33.34. Every split adds up to exactly 100.00.
 */
final class ShareSplits {

    private static final int[][][] TEMPLATES = {
        {},
        {{10000}},
        {{5000, 5000}, {6000, 4000}, {7500, 2500}, {5000, 5000}},
        {{3333, 3333, 3334}, {4000, 3000, 3000}, {5000, 2500, 2500}},
        {{2500, 2500, 2500, 2500}, {4000, 2000, 2000, 2000}, {3000, 3000, 2000, 2000}},
        {{2000, 2000, 2000, 2000, 2000}, {3000, 2000, 2000, 1500, 1500}},
    };

    private ShareSplits() {}

    /** {@code parts} shares adding up to 100.00, in hundredths of a percent turned into BigDecimal. */
    static List<BigDecimal> of(int parts, Random random) {
        List<BigDecimal> shares = new ArrayList<>(parts);
        if (parts < TEMPLATES.length) {
            int[][] choices = TEMPLATES[parts];
            for (int basisPoints : choices[random.nextInt(choices.length)]) {
                shares.add(BigDecimal.valueOf(basisPoints, 2));
            }
            return shares;
        }
        int each = 10_000 / parts;
        for (int i = 0; i < parts; i++) {
            int basisPoints = i == parts - 1 ? 10_000 - each * (parts - 1) : each;
            shares.add(BigDecimal.valueOf(basisPoints, 2));
        }
        return shares;
    }

    /** Halves a share into two that add up to it exactly (the second takes the odd hundredth). */
    static BigDecimal[] halve(BigDecimal share) {
        long hundredths = share.movePointRight(2).longValueExact();
        long first = hundredths / 2;
        return new BigDecimal[] {BigDecimal.valueOf(first, 2), BigDecimal.valueOf(hundredths - first, 2)};
    }
}
