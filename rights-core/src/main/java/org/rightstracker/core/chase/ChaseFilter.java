package org.rightstracker.core.chase;

import java.util.Locale;
import java.util.Set;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.licence.LicenceStatus;

/**
 * Which rows of the chase list to show. An empty set of statuses or sides means any; the licensor text
 * matches anywhere in the licensor's name, ignoring case.
 */
public record ChaseFilter(Set<LicenceStatus> statuses, Set<ClearanceSide> sides, String licensor, boolean overdueOnly) {

    public static final ChaseFilter NONE = new ChaseFilter(Set.of(), Set.of(), "", false);

    public ChaseFilter {
        statuses = Set.copyOf(statuses);
        sides = Set.copyOf(sides);
        licensor = licensor == null ? "" : licensor.strip();
    }

    public boolean matches(ChaseRow row) {
        return (statuses.isEmpty() || statuses.contains(row.status()))
                && (sides.isEmpty() || sides.contains(row.side()))
                && (licensor.isEmpty()
                        || row.licensor().toLowerCase(Locale.ROOT).contains(licensor.toLowerCase(Locale.ROOT)))
                && (!overdueOnly || row.followUpOverdue());
    }

    public boolean isEmpty() {
        return statuses.isEmpty() && sides.isEmpty() && licensor.isEmpty() && !overdueOnly;
    }
}
