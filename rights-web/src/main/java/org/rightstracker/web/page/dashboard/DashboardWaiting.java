package org.rightstracker.web.page.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

    /**
     * Longest waiting first across {@code productions}, as {@link ChaseList#waiting} orders them; the
     * productions changed since their lists were kept are read in one statement.
     */
    List<WaitingLicence> of(List<Production> productions, LocalDate today, int days) {
        List<RevisionCache.Key> keys =
                productions.stream().map(p -> RevisionCache.Key.of(p, days)).toList();
        Map<RevisionCache.Key, List<WaitingLicence>> lists =
                perProduction.getAll(keys, missing -> {
                    Map<Long, List<WaitingLicence>> byProduction = chase
                            .waiting(
                                    missing.stream()
                                            .map(RevisionCache.Key::productionId)
                                            .toList(),
                                    today,
                                    days)
                            .stream()
                            .collect(Collectors.groupingBy(WaitingLicence::productionId));
                    Map<RevisionCache.Key, List<WaitingLicence>> computed = new HashMap<>();
                    missing.forEach(key -> computed.put(key, byProduction.getOrDefault(key.productionId(), List.of())));
                    return computed;
                });
        List<WaitingLicence> all = new ArrayList<>();
        lists.values().forEach(all::addAll);
        all.sort(WaitingLicence.LONGEST_FIRST);
        return all;
    }
}
