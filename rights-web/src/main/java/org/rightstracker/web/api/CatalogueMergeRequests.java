package org.rightstracker.web.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rightstracker.core.catalogue.CatalogueKind;
import org.rightstracker.core.catalogue.CatalogueMerge;
import org.rightstracker.core.catalogue.CatalogueMerges;
import org.rightstracker.core.catalogue.CatalogueStore;
import org.rightstracker.core.shared.BaseEntity;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.ValidationException;

/**
 * The merge operation of the parties, works and recordings APIs, written once over the service the
 * merge page uses ({@link CatalogueMerges}): the record addressed is merged into the one the body names
 * as kept, every reference moves, the kept record is answered with how many rows of each kind moved.
 * The addressed record's version comes from If-Match or the body, the kept one's from the body.
 */
@ApplicationScoped
public class CatalogueMergeRequests {

    @Inject
    CatalogueMerges merges;

    /** What a client sends to merge the record it addresses into another. */
    public record MergeBody(
            @Schema(description = "The id of the record to keep (same kind); the addressed one is merged into it")
            Long keptId,

            @Schema(description = "The version of the addressed record, unless sent as If-Match")
            Long version,

            @Schema(description = "The version of the record to keep, as read")
            Long keptVersion) {}

    /** How many rows of one kind now refer to the kept record instead of the merged one. */
    public record MovedRows(String what, int rows) {}

    /** The answer to a merge: the kept record as it is now, and what moved to it. */
    public record MergeResult<T>(T kept, long mergedId, String mergedName, List<MovedRows> moved) {}

    /** Merges the record {@code id} as the body asks and answers with the kept record read afresh. */
    <E extends BaseEntity, T> MergeResult<T> merge(
            CatalogueKind kind,
            long id,
            String ifMatch,
            MergeBody body,
            CatalogueStore<E, ?> store,
            Function<E, T> dto) {
        MergeBody given = ApiBodies.required(body);
        long version = Versions.expected(ifMatch, given.version());
        if (given.keptId() == null) {
            throw new ValidationException("keptId", "Name the " + kind.noun() + " to keep (its id).");
        }
        if (given.keptVersion() == null || given.keptVersion() < 0) {
            throw new ValidationException(
                    "keptVersion", "Send the version of the " + kind.noun() + " to keep, as you read it.");
        }
        // The addressed record first: an unknown one is a 404, a stale copy a 409, whatever the body says.
        store.get(id).requireVersion(version, "The " + kind.noun() + " to merge");
        if (find(store, given.keptId()).isEmpty()) {
            throw new ValidationException("keptId", "There is no " + kind.noun() + " " + given.keptId() + " to keep.");
        }
        CatalogueMerge merge = switch (kind) {
            case PARTY -> merges.mergeParties(id, version, given.keptId(), given.keptVersion());
            case WORK -> merges.mergeWorks(id, version, given.keptId(), given.keptVersion());
            case RECORDING -> merges.mergeRecordings(id, version, given.keptId(), given.keptVersion());
        };
        T kept = QuarkusTransaction.requiringNew().call(() -> dto.apply(store.get(merge.keptId)));
        List<MovedRows> moved = merge.movedRows.entrySet().stream()
                .map(e -> new MovedRows(e.getKey(), e.getValue()))
                .toList();
        return new MergeResult<>(kept, merge.mergedId, merge.mergedName, moved);
    }

    private static <E> Optional<E> find(CatalogueStore<E, ?> store, long id) {
        try {
            return Optional.of(store.get(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
