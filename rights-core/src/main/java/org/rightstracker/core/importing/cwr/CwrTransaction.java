package org.rightstracker.core.importing.cwr;

import java.util.ArrayList;
import java.util.List;

/** A transaction header (NWR, REV, ISW...) with the detail records that follow it. */
record CwrTransaction(CwrRecord header, List<CwrRecord> details) {

    CwrTransaction(CwrRecord header) {
        this(header, new ArrayList<>());
    }

    String type() {
        return header.type();
    }

    boolean isWork() {
        return CwrLayout.WORK_TRANSACTIONS.contains(header.type());
    }
}
