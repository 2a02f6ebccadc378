package org.rightstracker.web.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.web.metrics.SqlStatementCounter;

/**
 * Who may see and change which production. A user sees the productions of their teams; a role with
 * {@link Permission#SEE_EVERY_PRODUCTION} sees all. Another team's production answers exactly like one
 * that does not exist (404) before any permission is asked (403), so a refusal never reveals it.
 */
@RequestScoped
public class ProductionAccess {

    @Inject
    CurrentUser user;

    @Inject
    Permissions permissions;

    @Inject
    AgroalDataSource dataSource;

    /** What a cache of values derived from a production checks: its id, {@code version} and {@code clearanceRevision}. */
    public record ProductionState(long id, long version, long revision) {}

    private static final String ALL_STATES =
            "select id, version, clearance_revision from production order by title, id";
    private static final String MEMBER_STATES = "select id, version, clearance_revision from production"
            + " where id in (select m.production_id from production_member m where m.user_id = ?) order by title, id";

    /**
     * The state of each production {@link #visibleProductions} lists, in its order, read as three columns
     * by one plain statement: a page whose output is cached under these states (the dashboard) then
     * loads the productions themselves only when one of them has changed.
     */
    public List<ProductionState> visibleProductionStates() {
        boolean every = permissions.may(Permission.SEE_EVERY_PRODUCTION);
        String sql = every ? ALL_STATES : MEMBER_STATES;
        SqlStatementCounter.countOne();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            if (!every) {
                select.setLong(1, user.userId());
            }
            List<ProductionState> states = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    states.add(new ProductionState(row.getLong(1), row.getLong(2), row.getLong(3)));
                }
            }
            return states;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the productions of user " + user.userId(), e);
        }
    }

    public List<Production> visibleProductions() {
        if (permissions.may(Permission.SEE_EVERY_PRODUCTION)) {
            return Production.listAll(Sort.by("title").and("id"));
        }
        return Production.list(
                "id in (select m.productionId from ProductionMember m where m.userId = ?1)",
                Sort.by("title").and("id"),
                user.userId());
    }

    public boolean canSee(long productionId) {
        return permissions.may(Permission.SEE_EVERY_PRODUCTION)
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
        return requireVisible(productionId, Permission.EDIT_PRODUCTION);
    }

    /** As {@link #requireVisible}, and then 403 unless the user's role holds the permission. */
    public Production requireVisible(long productionId, Permission permission) {
        Production production = requireVisible(productionId);
        permissions.require(permission);
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
