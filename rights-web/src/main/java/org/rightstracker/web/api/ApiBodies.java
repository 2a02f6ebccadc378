package org.rightstracker.web.api;

import io.quarkus.hibernate.orm.panache.Panache;
import org.rightstracker.core.shared.ValidationException;

/** Small shared steps of every API write. A request without a body gets a 400 that says so. */
final class ApiBodies {

    private ApiBodies() {}

    static <T> T required(T body) {
        if (body == null) {
            throw new ValidationException("body", "The request needs a JSON body.");
        }
        return body;
    }

    /** Writes pending changes so that the entity shows its new version before it becomes a DTO. */
    static <T> T flushed(T entity) {
        Panache.getEntityManager().flush();
        return entity;
    }
}
