package org.rightstracker.core.licence;

import java.time.LocalDate;

/** An option offered in a licence: what it adds, what it costs, and by when it must be exercised. */
public record OptionInput(String description, String fee, String currency, LocalDate exerciseDeadline) {}
