package org.rightstracker.core.catalogue;

import java.util.concurrent.ThreadLocalRandom;
import org.rightstracker.core.identifier.IpiNameNumber;
import org.rightstracker.core.shared.InvalidValueException;

/** Test values the catalogue tests share. */
final class CatalogueFixture {

    private CatalogueFixture() {}

    /** A valid IPI name number not used before (random nine digits with their check digits). */
    static String freshIpi() {
        while (true) {
            long base = ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
            for (int check = 0; check < 100; check++) {
                try {
                    return IpiNameNumber.parse(base + String.format("%02d", check))
                            .value();
                } catch (InvalidValueException wrongCheck) {
                    // try the next check digits: exactly one pair fits most bases
                }
            }
        }
    }
}
