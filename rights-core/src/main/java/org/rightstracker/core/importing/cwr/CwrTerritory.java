package org.rightstracker.core.importing.cwr;

import java.math.BigDecimal;

/**
 * An SPT or SWT record: where the publisher ({@code writer} false) or writer at {@code index} of its
 * work's list collects, included or excluded, with the collection share of each right.
 */
record CwrTerritory(
        boolean writer, int index, boolean included, int tisCode, BigDecimal pr, BigDecimal mr, BigDecimal sr) {}
