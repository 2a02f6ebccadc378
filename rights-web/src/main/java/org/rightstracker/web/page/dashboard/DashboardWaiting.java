package org.rightstracker.web.page.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rightstracker.core.chase.ChaseList;
import org.rightstracker.core.chase.WaitingLicence;
import org.rightstracker.core.production.Production;
import org.rightstracker.web.page.RevisionCache;

/**
 * The dashboard's "kept waiting" alert, kept per production under its revision: a follow-up or a status
 * change raises the revision of its production, so after an edit only that production's licences are read
 * again, not those of every production on the board.
 */
@ApplicationScoped
class DashboardWaiting {

    /** One production's waiting licences for one threshold (the variant of its key). */
    private final RevisionCache<List<WaitingLicence>> perProduction = new RevisionCache<>(512);

    @Inject
    ChaseList chase;

    /** Longest waiting first across {@code productions}, as {@link ChaseList#waiting} orders them. */
    List<WaitingLicence> of(List<Production> productions, LocalDate today, int days) {
        List<WaitingLicence> all = new ArrayList<>();
        for (Production production : productions) {
            RevisionCache.Key key = RevisionCache.Key.of(production, days);
            all.addAll(perProduction
                    .get(key, () -> chase.waiting(List.of(production.id), today, days))
                    .value());
        }
        all.sort(WaitingLicence.LONGEST_FIRST);
        return all;
    }
}
