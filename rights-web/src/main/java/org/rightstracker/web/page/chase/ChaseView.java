package org.rightstracker.web.page.chase;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.rightstracker.core.chase.ChaseFilter;
import org.rightstracker.core.chase.ChaseGroup;
import org.rightstracker.core.chase.ChaseList;
import org.rightstracker.core.chase.ChaseSort;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.licence.FollowUpChannel;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.production.Production;

/**
 * What the chase list page shows: the groups, the filters as chosen, and the addresses of its sort
 * links, exports and the way back after a follow-up, all keeping the other parameters.
 *
 * @param production the production of a production's list; null for the list across productions
 * @param open how many open licences there are before filtering, for an honest empty state
 */
public record ChaseView(
        Production production,
        List<ChaseGroup> groups,
        int open,
        ChaseSort sort,
        ChaseFilter filter,
        boolean canEdit,
        LocalDate today) {

    public String basePath() {
        return production == null ? "/chase" : "/productions/" + production.id + "/chase";
    }

    public boolean acrossProductions() {
        return production == null;
    }

    public int shown() {
        return groups.stream().mapToInt(ChaseGroup::size).sum();
    }

    /** This list with its filters, sorted another way ("waiting", "next-follow-up"...). */
    public String sortLink(String other) {
        return address(ChaseParameters.sort(other), null);
    }

    /** This list as a file, with the same filters and order. */
    public String exportLink(String format) {
        return address(sort, format);
    }

    /** Where a follow-up logged from a row comes back to: this list as it is shown, at that row. */
    public String backTo(long itemId) {
        return address(sort, null) + "#chase-" + itemId;
    }

    public boolean sortedBy(ChaseSort other) {
        return sort == other;
    }

    public List<ChaseSort> sorts() {
        return List.of(ChaseSort.values());
    }

    public List<LicenceStatus> statuses() {
        return ChaseList.OPEN;
    }

    public List<ClearanceSide> sides() {
        return List.of(ClearanceSide.values());
    }

    public List<FollowUpChannel> channels() {
        return List.of(FollowUpChannel.values());
    }

    public boolean isStatus(LicenceStatus status) {
        return filter.statuses().contains(status);
    }

    public boolean isSide(ClearanceSide side) {
        return filter.sides().contains(side);
    }

    private String address(ChaseSort order, String format) {
        List<String> query = new ArrayList<>();
        if (order != ChaseSort.LICENSOR) {
            query.add("sort=" + order.parameter());
        }
        ChaseList.OPEN.stream().filter(filter.statuses()::contains).forEach(s -> query.add("status=" + s.name()));
        sides().stream().filter(filter.sides()::contains).forEach(s -> query.add("side=" + s.name()));
        if (!filter.licensor().isEmpty()) {
            query.add("licensor=" + URLEncoder.encode(filter.licensor(), StandardCharsets.UTF_8));
        }
        if (filter.overdueOnly()) {
            query.add("overdue=true");
        }
        if (format != null) {
            query.add("format=" + format);
        }
        return basePath() + (query.isEmpty() ? "" : query.stream().collect(Collectors.joining("&", "?", "")));
    }
}
