package org.rightstracker.web.badinput;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.web.security.Role;

/**
 * Test-only writes that skip the services and break one database constraint each, the way a rule a
 * service forgot (or two requests racing past a check) would: they show what the API and the pages answer
 * when the database itself refuses. Served under /api/test-only (a problem) and /test-only (a page).
 */
@Path("/")
@RolesAllowed(Role.ADMIN_NAME)
public class ConstraintBreaker {

    @POST
    @Operation(hidden = true)
    @Path("api/test-only/constraints/{constraint}")
    @Transactional
    public Response api(
            @PathParam("constraint") String constraint,
            @QueryParam("cue") long cue,
            @QueryParam("other") long other,
            @QueryParam("production") long production) {
        return breakOne(constraint, cue, other, production);
    }

    @POST
    @Operation(hidden = true)
    @Path("test-only/constraints/{constraint}")
    @Transactional
    public Response page(
            @PathParam("constraint") String constraint,
            @QueryParam("cue") long cue,
            @QueryParam("other") long other,
            @QueryParam("production") long production) {
        return breakOne(constraint, cue, other, production);
    }

    private Response breakOne(String constraint, long cue, long other, long production) {
        var entities = Panache.getEntityManager();
        switch (constraint) {
            case "unique" ->
                entities.createNativeQuery(
                                "update cue set number = (select number from cue where id = ?1)" + " where id = ?2")
                        .setParameter(1, other)
                        .setParameter(2, cue)
                        .executeUpdate();
            case "unique-at-commit" -> {
                // Left for the commit to flush: the refusal then surfaces from the transaction, not the query.
                Cue.<Cue>findById(cue).number = Cue.<Cue>findById(other).number;
            }
            case "check" ->
                entities.createNativeQuery("update production set budget_amount = -1 where id = ?1")
                        .setParameter(1, production)
                        .executeUpdate();
            case "not-null" ->
                entities.createNativeQuery("update cue set title = null where id = ?1")
                        .setParameter(1, cue)
                        .executeUpdate();
            case "too-long" ->
                entities.createNativeQuery("update production set notes = ?1 where id = ?2")
                        .setParameter(1, "n".repeat(5000))
                        .setParameter(2, production)
                        .executeUpdate();
            case "foreign-key" ->
                entities.createNativeQuery("update cue set work_id = 999999999 where id = ?1")
                        .setParameter(1, cue)
                        .executeUpdate();
            default -> throw new IllegalArgumentException("No such constraint case: " + constraint);
        }
        return Response.noContent().build();
    }
}
