package org.rightstracker.core.clearance.engine;

import java.time.LocalDate;
import java.util.Objects;
import org.rightstracker.core.shared.Money;

/** An option a licence offers (extra media, a longer term...), to be exercised by a deadline for a fee. */
public record OptionFacts(String description, Money fee, LocalDate exerciseDeadline, boolean exercised) {

    public OptionFacts {
        Objects.requireNonNull(description, "description");
    }
}
