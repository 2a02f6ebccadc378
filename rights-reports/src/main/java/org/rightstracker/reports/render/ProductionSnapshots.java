package org.rightstracker.reports.render;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.rightstracker.core.clearance.ProductionClearance;
import org.rightstracker.core.clearance.engine.ProductionFacts;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.production.Production;

/**
 * Reads a {@link ProductionSnapshot}: the core's clearance load (a fixed handful of statements) plus
 * one statement for cue timing and one for the items' contacts, however many cues the production has.
 */
@ApplicationScoped
public class ProductionSnapshots {

    @Inject
    ProductionClearance clearance;

    @Inject
    EntityManager em;

    /** In one transaction so the facts and the timing describe the same moment. */
    @Transactional
    public ProductionSnapshot load(long productionId, LocalDate today) {
        ProductionFacts facts = clearance.load(productionId);
        // Already in the persistence context from the clearance load, studio included: no statement.
        Production production = em.find(Production.class, productionId);
        Map<Long, ProductionSnapshot.CueTiming> timing = new HashMap<>();
        em.createQuery(
                        "select c.id, c.usage, c.timecodeIn, c.timecodeOut, c.durationSeconds from Cue c"
                                + " where c.production.id = :id",
                        Object[].class)
                .setParameter("id", productionId)
                .getResultStream()
                .forEach(row -> timing.put(
                        (Long) row[0],
                        new ProductionSnapshot.CueTiming(
                                (CueUsage) row[1], (String) row[2], (String) row[3], (Integer) row[4])));
        Map<Long, ProductionSnapshot.ItemContact> contacts = new HashMap<>();
        em.createQuery(
                        "select i.id, i.requestedOn, i.contact, p.email, p.phone from ClearanceItem i join i.party p"
                                + " where i.cue.production.id = :id",
                        Object[].class)
                .setParameter("id", productionId)
                .getResultStream()
                .forEach(row -> contacts.put(
                        (Long) row[0],
                        ProductionSnapshot.ItemContact.of(
                                (LocalDate) row[1], (String) row[2], (String) row[3], (String) row[4])));
        return new ProductionSnapshot(production, facts, clearance.evaluate(facts, today), timing, contacts, today);
    }
}
