package org.rightstracker.web.security;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.NotFoundException;

/**
 * Who may see and change which production. A user sees the productions of their teams; an
 * administrator sees all. Another team's production answers exactly like one that does not exist.
 */
@RequestScoped
public class ProductionAccess {

    @Inject
    CurrentUser user;

    public List<Production> visibleProductions() {
        if (user.isAdmin()) {
            return Production.listAll(Sort.by("title").and("id"));
        }
        return Production.list(
                "id in (select m.productionId from ProductionMember m where m.userId = ?1)",
                Sort.by("title").and("id"),
                user.userId());
    }

    public boolean canSee(long productionId) {
        return user.isAdmin()
                || ProductionMember.count("productionId = ?1 and userId = ?2", productionId, user.userId()) > 0;
    }

    /** The production, or 404 when it does not exist or is not the user's. */
    public Production requireVisible(long productionId) {
        Production production = Production.findById(productionId);
        if (production == null || !canSee(productionId)) {
            throw NotFoundException.of("Production", productionId);
        }
        return production;
    }

    /** As {@link #requireVisible}, and 403 unless the user may edit its clearances. */
    public Production requireEditable(long productionId) {
        Production production = requireVisible(productionId);
        if (!user.canEditClearances()) {
            throw new ForbiddenException("Only the production's music supervisors can change its clearances.");
        }
        return production;
    }

    public Cue requireVisibleCue(long cueId) {
        Cue cue = Cue.findById(cueId);
        if (cue == null || !canSee(cue.production.id)) {
            throw NotFoundException.of("Cue", cueId);
        }
        return cue;
    }

    public ClearanceItem requireVisibleItem(long itemId) {
        ClearanceItem item = ClearanceItem.findById(itemId);
        if (item == null || !canSee(item.cue.production.id)) {
            throw NotFoundException.of("Clearance item", itemId);
        }
        return item;
    }
}
