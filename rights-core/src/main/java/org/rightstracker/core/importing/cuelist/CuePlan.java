package org.rightstracker.core.importing.cuelist;

import java.util.List;

/** One row of the preview: the cue as it will be, what it links to, and what changes. */
public record CuePlan(
        int line,
        String number,
        String title,
        String usage,
        String origin,
        String timing,
        String work,
        String recording,
        RowAction action,
        List<String> changes) {}
