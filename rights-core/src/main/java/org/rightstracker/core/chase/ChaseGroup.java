package org.rightstracker.core.chase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rightstracker.core.licence.LicenceStatus;

/**
 * The open licences of one licensor: one e-mail or letter to write.
 *
 * @param contact how to reach the licensor (contact name, e-mail, phone); empty when nothing is known
 */
public record ChaseGroup(long partyId, String licensor, String contact, List<ChaseRow> rows) {

    public ChaseGroup {
        rows = List.copyOf(rows);
    }

    public int size() {
        return rows.size();
    }

    /**
     * Whether a request letter has something to ask: a licence not requested yet or requested and
     * unanswered. A licensor who has quoted on everything is chased, not written a request.
     */
    public boolean hasRequestsToWrite() {
        return rows.stream()
                .anyMatch(r -> r.status() == LicenceStatus.NOT_REQUESTED || r.status() == LicenceStatus.REQUESTED);
    }

    /** The production when every row belongs to one, else null: what a letter for the group is about. */
    public Long productionId() {
        long first = rows.get(0).productionId();
        return rows.stream().allMatch(r -> r.productionId() == first) ? first : null;
    }

    /**
     * The rows that pass the filter, sorted, grouped by licensor. Groups come in the order of their
     * first row, so sorting by days waiting puts the licensor with the longest wait first.
     */
    public static List<ChaseGroup> of(List<ChaseRow> rows, ChaseFilter filter, ChaseSort sort) {
        Map<Long, List<ChaseRow>> byParty = new LinkedHashMap<>();
        rows.stream()
                .filter(filter::matches)
                .sorted(sort.order())
                .forEach(row -> byParty.computeIfAbsent(row.partyId(), id -> new ArrayList<>())
                        .add(row));
        return byParty.values().stream()
                .map(group -> new ChaseGroup(
                        group.get(0).partyId(),
                        group.get(0).licensor(),
                        group.get(0).partyContact(),
                        group))
                .toList();
    }
}
