package org.rightstracker.core.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.hibernate.type.Type;
import org.rightstracker.core.shared.TextLimit;

/**
 * Records every change to ownership, cues, licences and productions as {@link AuditEntry} rows,
 * field by field with old and new values. Hibernate reports each insert, update and delete as it
 * flushes; the rows are written just before the transaction commits, in the same transaction, so a
 * change and its history commit or roll back together. One instance per session ({@code @Dependent}).
 */
@PersistenceUnitExtension
@Dependent
public class AuditTrail implements Interceptor {

    private static final Set<String> UNAUDITED_FIELDS =
            Set.of("version", "createdAt", "updatedAt", "position", "nameKey", "titleKey", "alternateKey", "artistKey");

    private static final String INSERT = "insert into audit_entry (changed_at, username, action, entity_type,"
            + " entity_id, subject, field, old_value, new_value, production_id, cue_id, item_id, work_id,"
            + " recording_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Rows sent to the database at a time: an import of 10,000 works leaves some 60,000 to write. */
    private static final int BATCH_SIZE = 500;

    @Inject
    Actor actor;

    @Inject
    AgroalDataSource dataSource;

    private final List<Change> pending = new ArrayList<>();

    /** A change seen during flush; turned into words after the flush, when associations may be loaded. */
    private record Change(AuditAction action, Object entity, String field, Object oldValue, Object newValue) {}

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (AuditedEntity.isAudited(entity)) {
            pending.add(new Change(AuditAction.ADDED, entity, null, null, null));
        }
        return false;
    }

    @Override
    public boolean onFlushDirty(
            Object entity, Object id, Object[] current, Object[] previous, String[] names, Type[] types) {
        if (!AuditedEntity.isAudited(entity) || previous == null) {
            return false;
        }
        for (int i = 0; i < names.length; i++) {
            if (types[i].isCollectionType() || UNAUDITED_FIELDS.contains(names[i])) {
                continue;
            }
            if (!same(previous[i], current[i])) {
                pending.add(new Change(AuditAction.CHANGED, entity, names[i], previous[i], current[i]));
            }
        }
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (AuditedEntity.isAudited(entity)) {
            pending.add(new Change(AuditAction.REMOVED, entity, null, null, null));
        }
    }

    @Override
    public void beforeTransactionCompletion(Transaction tx) {
        if (pending.isEmpty()) {
            return;
        }
        List<Change> changes = List.copyOf(pending);
        pending.clear();
        String username = actor.name();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int batched = 0;
            for (Change change : changes) {
                AuditedEntity audited = AuditedEntity.of(change.entity());
                String value = audited.rowValue();
                insert.setObject(1, now);
                insert.setString(2, TextLimit.AUDIT_USERNAME.shortened(username));
                insert.setString(3, change.action().name());
                insert.setString(4, audited.type());
                insert.setLong(5, audited.id());
                insert.setString(6, TextLimit.AUDIT_SUBJECT.shortened(audited.subject()));
                insert.setString(
                        7,
                        change.field() == null
                                ? null
                                : TextLimit.AUDIT_FIELD.shortened(AuditedEntity.label(change.field())));
                insert.setString(
                        8,
                        TextLimit.AUDIT_OLD_VALUE.shortened(
                                change.action() == AuditAction.CHANGED
                                        ? audited.shown(change.field(), change.oldValue())
                                        : change.action() == AuditAction.REMOVED ? value : null));
                insert.setString(
                        9,
                        TextLimit.AUDIT_NEW_VALUE.shortened(
                                change.action() == AuditAction.CHANGED
                                        ? audited.shown(change.field(), change.newValue())
                                        : change.action() == AuditAction.ADDED ? value : null));
                insert.setObject(10, audited.productionId());
                insert.setObject(11, audited.cueId());
                insert.setObject(12, audited.itemId());
                insert.setObject(13, audited.workId());
                insert.setObject(14, audited.recordingId());
                insert.addBatch();
                if (++batched % BATCH_SIZE == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        } catch (SQLException e) {
            // No history, no change: failing here rolls the whole transaction back.
            throw new IllegalStateException("Could not write the audit history: " + e.getMessage(), e);
        }
    }

    @Override
    public void afterTransactionCompletion(Transaction tx) {
        pending.clear();
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }
}
